import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

// src/errors.ts
init_define_ACTION_INPUTS();
var ActionError = class extends Error {
  static {
    __name(this, "ActionError");
  }
  name = "ActionError";
};
var InputError = class extends ActionError {
  static {
    __name(this, "InputError");
  }
  name = "InputError";
};
function errorMessage(err) {
  return err instanceof Error ? err.message : String(err);
}
__name(errorMessage, "errorMessage");

export {
  ActionError,
  InputError,
  errorMessage
};
