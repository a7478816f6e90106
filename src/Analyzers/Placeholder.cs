// Replaced by the diagnostic catalogue and the first analyzers.
