#!/usr/bin/python3
"""Read a GEXF file back as its users would, and print what they get as one JSON object.

usage: gexf-read-back.py FILE.gexf
- "schema": the file checked against the RELAX NG grammar of the version it declares (the gexf.net
  grammars, test/fixtures/gexf-schema/<version>/gexf.rng, see SOURCE.md there): {"version", "valid",
  "errors"} with the first ten errors. The xsi: attributes (the schema location) are taken off first:
  XML Schema allows them on any element by definition, RELAX NG grammars do not mention them.
- "networkx": what networkx's read_gexf gives (its version, then nodes and edges with every attribute,
  viz included), or {"error": message} when networkx cannot read the file.
Expected-value helper of test/export/gexf-versions.test.ts; Debian's python3-lxml and python3-networkx.
"""
import json, os, sys
import networkx as nx
from lxml import etree

SCHEMAS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fixtures', 'gexf-schema')
XSI = 'http://www.w3.org/2001/XMLSchema-instance'
VERSIONS = {'http://gexf.net/1.3': '1.3', 'http://www.gexf.net/1.2draft': '1.2draft'}

path = sys.argv[1]
document = etree.parse(path)
version = VERSIONS.get(document.getroot().nsmap.get(None), 'unknown')
schema = {'version': version, 'valid': False, 'errors': ['no grammar for this namespace']}
if version != 'unknown':
    for name in [name for name in document.getroot().attrib if name.startswith('{%s}' % XSI)]:
        del document.getroot().attrib[name]
    grammar = etree.RelaxNG(etree.parse(os.path.join(SCHEMAS, version, 'gexf.rng')))
    valid = grammar.validate(document)
    schema = {'version': version, 'valid': valid,
              'errors': [f'{e.line}: {e.message}' for e in list(grammar.error_log)[:10]]}

try:
    G = nx.read_gexf(path)
    read = {'version': nx.__version__,
            'nodes': {n: d for n, d in G.nodes(data=True)},
            'edges': [[u, v, d] for u, v, d in G.edges(data=True)]}
except Exception as error:  # networkx raises plain exceptions on versions it does not know
    read = {'version': nx.__version__, 'error': str(error)}

print(json.dumps({'schema': schema, 'networkx': read}))
