"""The local Label Studio server the annotators work on (started and stopped by `sikap studio`)."""
