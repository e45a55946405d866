from material.en import *  # placeholder
LANG='it'
