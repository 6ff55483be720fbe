import type { Metadata } from "next";
import { AuthPage } from "../_lib/auth-page";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ next?: string | string[] }> };

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ params, searchParams }: Props) {
  return <AuthPage tenant={(await params).tenant} next={(await searchParams).next} mode="login" />;
}
