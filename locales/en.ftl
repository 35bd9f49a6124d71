# Texts of «Наставник». Every user-facing string is a key here and in the other locale file.
# Each capability keeps its keys in its own section; add new keys just above the section's end marker.

## common

# end of common


## people

# end of people


## questions

# end of questions


## sessions

# end of sessions


## programmes

# end of programmes


## broadcasts

# end of broadcasts


## surveys

# end of surveys


## reports

# end of reports


## linking

# end of linking


## playground

# end of playground
