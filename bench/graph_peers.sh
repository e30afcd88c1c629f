#!/usr/bin/env bash
# Graph metrics against igraph and networkx (issue 5), side by side on the
# same edge list: ../shared/peers/gen_graph.py makes the seeded graph,
# bench/graphbench runs our graph/csr kernels on it and
# ../shared/peers/graph_bench.py runs igraph and networkx; bench/graph_check.py
# prints the seconds, the ratios and whether the values agree.
#
# Usage: bench/graph_peers.sh [NODES]   (from the repository root; default 10000)
#
# Environment:
#   NX=full     also run networkx's exact betweenness and closeness (about 10
#               and 4 minutes on 10,000 nodes); by default their times are
#               taken from the peers' committed results and marked "rec."
#   NX=none     skip networkx altogether
#   IGRAPH_EXACT=0  skip igraph's exact betweenness and closeness (default
#               for NODES > 20000: igraph needs hours there)
#
# Needs Debian's python3-networkx and python3-igraph (see
# ../shared/peers/README.md); installs them when run as root. Everything
# goes to bench/out/ (git-ignored).
set -euo pipefail
nodes=${1:-10000}
shared=${ANNALS_SHARED:-../shared}   # the shared data folder; set it from a git worktree
peers=$shared/peers
out=bench/out
mkdir -p "$out"
if ! /usr/bin/python3 -c 'import igraph, networkx' 2>/dev/null && [ "$(id -u)" = 0 ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    python3-networkx python3-igraph python3-scipy python3-numpy >/dev/null) || true
fi
/usr/bin/python3 -c 'import igraph, networkx' || { echo "graph_peers: needs python3-igraph and python3-networkx" >&2; exit 2; }

edges="$out/events-$nodes.txt"
[ -f "$edges" ] || /usr/bin/python3 "$peers/gen_graph.py" --nodes "$nodes" -o "$edges"
go build -o "$out/graphbench" ./bench/graphbench

exact=${IGRAPH_EXACT:-$([ "$nodes" -le 20000 ] && echo 1 || echo 0)}
if [ "$exact" = 1 ]; then
  ours=degree,pagerank,betweenness,closeness,harmonic,eigenvector,components,louvain
  igm=degree,pagerank,betweenness,closeness,eigenvector,louvain
  check=pagerank,betweenness,closeness,louvain
else
  ours=degree,pagerank,betweenness_sampled,eigenvector,components,louvain
  igm=degree,pagerank,eigenvector,louvain
  check=pagerank,louvain
fi
case ${NX:-default} in
  full) nxm=degree,pagerank,betweenness,closeness,eigenvector,louvain ;;
  none) nxm= ;;
  *) nxm=degree,pagerank,eigenvector,louvain
     [ "$exact" = 1 ] || nxm=$nxm,betweenness ;;  # networkx samples k=100 pivots above 20,000 nodes
esac

echo "graph_peers: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(go version | cut -d' ' -f3)" >&2
"$out/graphbench" --metrics "$ours" --sample 100 --seed 42 --values "$out/values-$nodes" "$edges" > "$out/annals-$nodes.jsonl"
/usr/bin/python3 "$peers/graph_bench.py" "$edges" --libs igraph --metrics "$igm" --timeout 2400 > "$out/igraph-$nodes.jsonl"
files=("$out/igraph-$nodes.jsonl")
if [ -n "$nxm" ]; then
  /usr/bin/python3 "$peers/graph_bench.py" "$edges" --libs networkx --metrics "$nxm" --timeout 1200 > "$out/networkx-$nodes.jsonl"
  files+=("$out/networkx-$nodes.jsonl")
fi
recorded="$peers/results/bench-events-$nodes.jsonl"
[ -f "$recorded" ] || recorded="$peers/results/bench-events-$nodes-networkx.jsonl"
rec=()
[ -f "$recorded" ] && rec=(--recorded "$recorded")
/usr/bin/python3 bench/graph_check.py "$edges" "$out/annals-$nodes.jsonl" "$out/values-$nodes" "${files[@]}" --check "$check" "${rec[@]}"
