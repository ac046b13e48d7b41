/** A TREC run's lists: query id → document ids in rank order. */
export function readRun(text: string): Map<string, string[]> {
  const out = new Map<string, Array<{ doc: string; rank: number }>>();
  for (const line of text.split('\n')) {
    const [qid, , doc, rank] = line.trim().split(/\s+/);
    if (!qid || !doc || rank === undefined) continue;
    let list = out.get(qid);
    if (!list) out.set(qid, (list = []));
    list.push({ doc, rank: Number(rank) });
  }
  return new Map([...out].map(([q, l]) => [q, l.sort((x, y) => x.rank - y.rank).map((x) => x.doc)]));
}
