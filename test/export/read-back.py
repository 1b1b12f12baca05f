#!/usr/bin/python3
"""Read a GraphML, Pajek or VOSviewer file back with other tools and print what they get as one JSON object.

usage: read-back.py graphml FILE | pajek FILE | vosviewer MAP NETWORK
- graphml: {"networkx": networkx's read_graphml, "igraph": igraph's Graph.Read_GraphML}
- pajek:   {"networkx": networkx's read_pajek,   "igraph": igraph's Graph.Read_Pajek}
  networkx gives {"version", "nodes": {id: data}, "edges": [[u, v, data]]}; igraph gives {"version",
  "vertices": [attributes], "edges": [[source index, target index, attributes]]}; a reader that fails gives
  {"error": message}.
- vosviewer: the two files read with Python's csv module as VOSviewer's documentation describes them
  (tab-delimited; a header line in the map file, none in the network file; a field may be enclosed in
  double quotes): {"map": {"header": [...], "rows": [[...]]}, "network": [[...]]}, every field as text.
Read-back helper of test/export/{graphml,pajek,vosviewer}.test.ts and test/cli/outputs.test.ts; Debian's python3-networkx 2.8.8 and python3-igraph 0.10.2.
"""
import csv, json, sys
import networkx as nx


def networkx_read(read, path):
    try:
        G = read(path)
        return {'version': nx.__version__,
                'nodes': {n: d for n, d in G.nodes(data=True)},
                'edges': [[u, v, d] for u, v, d in G.edges(data=True)]}
    except Exception as error:
        return {'version': nx.__version__, 'error': str(error)}


def igraph_read(read_name, path):
    try:
        import igraph
        g = getattr(igraph.Graph, read_name)(path)
        return {'version': igraph.__version__,
                'vertices': [v.attributes() for v in g.vs],
                'edges': [[e.source, e.target, e.attributes()] for e in g.es]}
    except Exception as error:
        return {'error': str(error)}


def vosviewer_read(map_path, network_path):
    with open(map_path, newline='', encoding='utf-8') as handle:
        rows = list(csv.reader(handle, delimiter='\t'))
    with open(network_path, newline='', encoding='utf-8') as handle:
        links = list(csv.reader(handle, delimiter='\t'))
    return {'map': {'header': rows[0], 'rows': rows[1:]}, 'network': links}


kind = sys.argv[1]
if kind == 'graphml':
    result = {'networkx': networkx_read(nx.read_graphml, sys.argv[2]),
              'igraph': igraph_read('Read_GraphML', sys.argv[2])}
elif kind == 'pajek':
    result = {'networkx': networkx_read(nx.read_pajek, sys.argv[2]),
              'igraph': igraph_read('Read_Pajek', sys.argv[2])}
elif kind == 'vosviewer':
    result = vosviewer_read(sys.argv[2], sys.argv[3])
else:
    sys.exit(f'unknown kind {kind}')
print(json.dumps(result))
