from material.en import *  # placeholder
LANG='de'
