"""The Projects screen: running and finished cooperation projects, their milestones on a
timeline, the log of progress, feedback and problems, and the three-party evaluation."""
