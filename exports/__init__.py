"""vbkg outputs: RDF serialisations, the HTML view and tables."""
