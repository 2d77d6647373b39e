"""vbkg domain: model, text loading, extraction pipeline, corpus merge and the store."""
