import { dictionary } from "@zxcvbn-ts/language-common";
import { ApiError } from "@/lib/api/errors";

// The most used passwords of zxcvbn-ts's ranked list (from breach corpora) are what an online
// guesser tries first: an account using one falls well within the 100 guesses an hour we allow.
export const COMMON_PASSWORD_COUNT = 3000;

// NFKC as the hash sees the password (lib/customers/password.ts), and case-folded, so "PASSWORD"
// or a full-width "ｐａｓｓｗｏｒｄ" is the same common password.
const normalize = (password: string) => password.normalize("NFKC").toLowerCase();

let commonPasswords: Set<string> | null = null;

export function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(dictionary["passwords-common"].slice(0, COMMON_PASSWORD_COUNT).map(normalize));
  return commonPasswords.has(normalize(password));
}

/**
 * Refuses a new password that is among the most common ones (400 validation_error). Every place a
 * password is chosen calls it before doing anything else: register, password change and reset.
 */
export function refuseCommonPassword(password: string, field = "password") {
  if (isCommonPassword(password)) {
    throw new ApiError("validation_error", `${field} is one of the ${COMMON_PASSWORD_COUNT.toLocaleString("en-US")} most common passwords; choose another`);
  }
}
