import type { Metadata } from "next";
import { StoreNotFoundContent } from "./not-found-content";

export const metadata: Metadata = { title: "Page not found" };

// Not-found pages get no params, and reading the request here would make every shop page dynamic:
// the content takes the tenant from the route (useParams) instead.
export default function StoreNotFound() {
  return <StoreNotFoundContent />;
}
