"""Regular expressions of the sample-corpus generator (an example each, in a comment)."""

import re

# "⟦(الحميد، 2019: 27)⟧"
MARK = re.compile(r"⟦(.+?)⟧")
# "1. المقدمة" | "2.1 مفهوم الأمن" | "أولًا: المقدمة"
HEADING = re.compile(r"^(?:(\d+(?:\.\d+)*)\.?\s+\S|(?:أولًا|ثانيًا|ثالثًا|رابعًا|خامسًا|سادسًا):)")
REF_HEADINGS = ("المصادر", "المراجع", "References")
# "1444هـ/2023م" | "2020a" | "1402" | "د.ت" | "n.d."
YEAR = re.compile(r"(\d{4})هـ/(\d{4})م|(\d{4})([a-z]?)(?!\d)|(د\.ت|n\.d\.)")
# "[2، 3]" | "[4–6]"
NUMERIC = re.compile(r"^\[([\d،,\s–-]+)\]$")
# "بوزان، عن الخفاجي" | "فيبر، نقلًا عن الكعبي" | "Buzan, cited in Mansour & Jabar"
SECONDARY = re.compile(r"^(.+?)[،,]\s*(?:عن|نقلًا عن|cited in)\s+(.+)$")
# ": 27" | "، ص. 45-47" | ", p. 31" | ", pp. 3–5" | "، ص 45"
PAGE = re.compile(r"^[\s:،,]*(?:(?:ص\.?|pp?\.)\s*)?([\d–-]+)\s*$")
# "[3] الشمري، أحمد (2021). ..." | "Dodge, T. (2012). Iraq: From War .... London: IISS."
REF_ENTRY = re.compile(r"^(?:\[(\d+)\]\s+)?(.+?) \(([^)]+)\)\. (.+?)\.(?: |$)")
ARABIC = re.compile(r"[\u0600-\u06FF]")

# Splits a name list after its first surname: "Al-Ansari et al." | "الموسوي وآخرون" |
# "Ismael & Ismael" | "رضایی و نیکپور" | "الموسوي، حيدر؛ ..." | "Dodge, T. & ..."
FIRST_NAME_END = re.compile(r" et al\.| وآخرون| & | و |[،,؛;]")

# A run of Latin script inside Arabic text: "Dodge, 2012" | "Al-Ansari et al." | "Kibaroğlu"
LATIN_RUN = re.compile(
    r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9 .,&'’:?\-–]*[A-Za-z\u00C0-\u024F.]"
)
