import NextAuth from "next-auth";
import { shopAuthOptions } from "@/lib/customers/shop-auth";

// GET|POST /api/auth/* – next-auth's sign-in, session and sign-out endpoints for the shop's pages
const handler = NextAuth(shopAuthOptions);
export { handler as GET, handler as POST };
