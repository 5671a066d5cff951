// Command hello prints a greeting and a fresh UUID: a small module with a few real dependencies,
// used by the action's demo and by its own workflow.
package main

import (
	"fmt"

	"github.com/fatih/color"
	"github.com/google/uuid"
	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

func main() {
	title := cases.Title(language.English).String("hello from go-mod-precache")
	color.New(color.FgGreen).Println(title)
	fmt.Println(uuid.NewString())
}
