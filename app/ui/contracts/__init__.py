"""The Contracts screen: the list, the editor, revisions, review, issue and signature."""
