from material.en import *  # placeholder
LANG='fr'
