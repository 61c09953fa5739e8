"""Message texts of one area each (code -> (zh-CN, en)); ``qsupervise.messages`` merges them into its catalogue.

An area keeps its own file so that its messages sit next to each other and two areas never edit one file.
"""
