"""vbkg ontology: OWL/SHACL files, bundled SPARQL queries and the vocabulary that maps model names to IRIs."""
