"""The local Label Studio servers: the main one (adjudication) and one per annotator (`sikap studio`)."""
