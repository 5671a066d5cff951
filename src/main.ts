export async function runMain(): Promise<void> {}
export async function runPost(): Promise<void> {}
