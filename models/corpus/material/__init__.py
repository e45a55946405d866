"""Hand-written material (scenarios, phrase pools, whole mails) for the training-corpus generator."""
