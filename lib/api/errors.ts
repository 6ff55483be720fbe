import { errorCodes, type ErrorCode } from "./error-codes";

/** An error the API answers as-is: its message is safe to show, its code selects the status. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.headers = headers;
  }

  get status(): number {
    return errorCodes[this.code].status;
  }
}

export const notFound = (message = "Not found") => new ApiError("not_found", message);
export const storeNotFound = () => new ApiError("store_not_found", "Store not found");
