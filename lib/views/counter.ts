// Placeholder until read counting lands: no reads are known yet.
export async function topIds(_locale: string, _n: number): Promise<string[]> {
  return [];
}
