/**
 * Finds the cycles of a directed graph, each once, as the list of nodes in edge order starting at
 * its smallest id (`a → b → c → a` is reported as [a, b, c]). Iterative DFS: deep chains do not
 * overflow the stack. Sorted, so output is stable.
 */
export function findCycles(
  nodes: Iterable<string>,
  edges: (node: string) => readonly string[],
): string[][] {
  const state = new Map<string, 1 | 2>(); // 1 = on the stack, 2 = done
  const seen = new Set<string>();
  const cycles: string[][] = [];
  for (const root of [...nodes].sort()) {
    if (state.has(root)) continue;
    const stack: { node: string; next: number }[] = [{ node: root, next: 0 }];
    const onPath: string[] = [root];
    state.set(root, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const targets = edges(top.node);
      if (top.next < targets.length) {
        const to = targets[top.next++]!;
        const s = state.get(to);
        if (s === 1) {
          const cycle = canonical(onPath.slice(onPath.indexOf(to)));
          const key = cycle.join('\u0000');
          if (!seen.has(key)) {
            seen.add(key);
            cycles.push(cycle);
          }
        } else if (s === undefined) {
          state.set(to, 1);
          stack.push({ node: to, next: 0 });
          onPath.push(to);
        }
      } else {
        state.set(top.node, 2);
        stack.pop();
        onPath.pop();
      }
    }
  }
  return cycles.sort((a, b) => (a.join(' ') < b.join(' ') ? -1 : 1));
}

function canonical(cycle: string[]): string[] {
  let start = 0;
  for (let i = 1; i < cycle.length; i++) if (cycle[i]! < cycle[start]!) start = i;
  return [...cycle.slice(start), ...cycle.slice(0, start)];
}
