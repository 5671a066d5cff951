import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __name
} from "./chunk-VUPAT57E.js";

// src/errors.ts
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
