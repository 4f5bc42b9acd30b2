'use client';
// The error page's strings, handed down by the layout (a server component reads them from
// the message files). error.tsx is a client component with no props of its own; importing
// the message files there would ship both of them with every page.
import { createContext, useContext, type ReactNode } from 'react';

export type ErrorText = { title: string; body: string; retry: string; home: string; homeHref: string };

const Ctx = createContext<ErrorText | null>(null);

export function ErrorTextProvider({ text, children }: { text: ErrorText; children: ReactNode }) {
  return <Ctx.Provider value={text}>{children}</Ctx.Provider>;
}

export function useErrorText(): ErrorText | null {
  return useContext(Ctx);
}
