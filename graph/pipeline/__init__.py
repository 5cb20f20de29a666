"""The machinery of a long job: progress per phase, jobs run side by side, outputs staged and committed at once."""
