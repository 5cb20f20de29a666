"""The words the extraction rules read: arrangements' nouns and what happens to them (signed,
awarded, financed…), months, currencies and amounts, and the head words of organisations' names."""

from __future__ import annotations

import re


NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                       "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}


NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
                "a dozen": 12, "dozen": 12, "a pair of": 2, "a couple of": 2, "a": 1, "an": 1})


_NUM = r"(?:\d[\d,]*|" + "|".join(sorted((re.escape(w) for w in NUMBERS if w not in ("a", "an")), key=len, reverse=True)) + ")"


# the arrangement's noun → kind, most specific first
# talks on bringing in a work: "have discussed the introduction of the Safe City system in Tashkent" (not "the introduction
# of the Huawei ban")
_DISCUSSED_WORK = (r"discuss(?:ed|es|ing)\s(?:the\s)?(?:introduction|implementation|construction|deployment|development|prospects|"
                   r"possibilit(?:y|ies)|expansion|creation|establishment)\sof(?=\s(?:the\s|an?\s)?(?:[\w'’-]+\s){0,4}?(?:systems?|"
                   r"networks?|projects?|cables?|cent(?:re|er)s?|platforms?|cit(?:y|ies)|[2-5]G|technolog(?:y|ies)|services?|"
                   r"cooperation|partnership)\b)")
# a headline's present of hiring: "Safaricom taps ZTE for …", "Deutsche Bahn picks Huawei for GSM-R upgrade"
HIRES_NOW = r"picks|taps|selects|chooses|hires|appoints|engages"


NOUNS = [
    ("framework_agreement", r"framework (?:cooperation |loan |credit )?(?:agreement|deal|accord)s?|agreements? (?:of|on) principles?|"
                            r"investment agreements?|strategic (?:cooperation |partnership )?(?:framework )?agreements?|"
                            # ("the Agreement on the Strategic Partnership of the Ministry of Interior and Huawei")
                            r"agreements? on (?:the )?strategic (?:partnership|cooperation)|"
                            r"master (?:service |services |supply |purchase |framework )?agreements?|"  # (terms later orders follow)
                            # ("have signed an investment framework for a … broadband project")
                            r"(?:signed|inked|sealed|concluded)\s(?:an?\s|the\s)?(?:[\w-]+\s)?frameworks?|"
                            # ("Roscosmos and CNSA signed a space cooperation program for 2018-2022", "signed an action plan on
                            # digital cooperation", "signed a roadmap for 5G cooperation": the terms of cooperation to follow)
                            r"(?:signed|inked|sealed|concluded|adopted)\s(?:an?\s|the\s)?(?:[\w-]+\s){0,2}?(?:cooperation\s"
                            r"program(?:me)?s?|cooperation\splans?|action\splans?|road\s?maps?)"),
    ("mou", r"memorand(?:um|a)(?: of understanding)?s?|MoUs?|MOUs?|memorandums? of understanding|letters? of intent(?:ion)?|"
            r"(?-i:LoIs?|LOIs?)|protocols?\sof\sintent(?:ion)?|"  # ("signed a Letter of Intention (LoI)", "a protocol of intent")
            # ("sealed an MoA", "a Document of Understanding (DoU)", "a declaration of intent")
            r"(?-i:MoAs?|MOAs?|DoUs?|DOUs?)|memorand(?:um|a)\sof\sagreement|documents?\sof\sunderstanding|"
            r"declarations?\sof\sintent(?:ion)?|"
            r"memos?(?= (?:of|on) (?:understanding|cooperation))"),  # ("signed a memo on cooperation")
    ("joint_venture", r"joint[- ]ventures?|consortium(?!\sof\s(?:\w+\s)?(?:banks|lenders|financiers|investors))|(?-i:JVs?)|"
                      # ("ZTE and Angola Telecom set up a joint company to run the network")
                      # (not "Indigo Tajikistan Closed Joint Stock Company": a firm's legal form; and only one first told, "a
                      # joint company": "the joint company will … repay the loan" tells of the loan)
                      r"(?:(?<=\ba\s)|(?<=\bnew\s))(?-i:joint)\s(?!stock\b)(?:[\w-]+\s)?(?:company|firm|entity|enterprise)\b"),
    # ("has formed a JV with Meraas Holdings"; not "a consortium of eight banks signed a … loan agreement": the lenders)
    ("loan", r"(?:concessional |preferential |soft |commercial )?loans?(?: agreements?)?|credit lines?|lines? of credit|"
             r"buyer'?s credits?|financing (?:agreement|deal)s?|loan facilit(?:y|ies)|"
             # ("has secured a $90 million facility from China Development Bank")
             r"(?:an?|the)\s(?:[\w$€£.,-]+\s){1,3}?(?:credit\s)?facilit(?:y|ies)(?=\s(?:from|with)\s)|"
             # ("agreeing a facility of US$8 billion": money, no plant)
             r"(?:an?|the)\s(?:[\w$€£.,-]+\s){0,3}?(?:credit\s)?facilit(?:y|ies)(?=\s(?:of|worth)\s(?:about\s|some\s|up\sto\s)?"
             r"(?:US|RMB|CNY|USD)?\s?[$€£¥])|"
             r"(?:lending|credit|borrowing) (?:agreements?|deals?)|"  # ("signed a lending agreement")
             r"(?<=\bin\s)credit|credits?(?=\sfrom\b)"),  # ("secured $15 billion in credit from the CDB")
    # ("to buy all things Malaysian" buys no company: what is bought is named, or is a stake, shares, a business — not
    # whom it is bought from: "signed a contract to buy from its manufacturer Astrium")
    ("acquisition", r"acquisitions?|takeovers?|(?:\d+(?:\.\d+)?\s?(?:per ?cent|%)\s)?stakes?|acquir(?:e|ed|es|ing)|"
                    r"(?:bought|buys?|buying)(?=\s(?:(?:a|an|the|its|their|out)\s)?(?:(?!from\s)[\w%.,$-]+\s){0,3}?(?:(?-i:[A-Z])|stakes?|"
                    r"shares|compan|business|operator|firm|unit|assets|subsidiar|rival|carrier|telco|network))|(?:\d+(?:\.\d+)?\s?(?:per ?cent|percent|%)\s)(?:chunk|share)|sale of|"
                    # ("agreed to sell its stake", "to sell Hongkong Telecom" — not "to sell its cloud services")
                    r"to sell(?=\s(?:(?:a|an|the|its|their)\s)?(?:[\w%.,$-]+\s){0,2}?(?:(?-i:[A-Z])|stakes?|shares|compan|"
                    r"business|operator|firm|unit|assets|subsidiar|holding))|"
                    # ("Zentrix sold its towers to China Tower for $300 million")
                    r"(?:sold|sells)(?=\s(?:(?:a|an|the|its|their)\s)?(?:[\w%.,$-]+\s){0,2}?(?:stakes?|shares|towers|"
                    r"business|operator|unit|assets|subsidiar|holding|data\scent(?:re|er)s?)\b[^.;]{0,40}?\sto\s(?-i:[A-Z]))|"
                    r"t(?:ook|akes|aken|ake)\sover(?!\s(?:as\b|(?:the\s)?(?:[\w'’-]+\s){0,5}?(?:contract|project|deal|agreement|"
                    r"role|post|operation|management|running|responsibility|funding|financing|costs?)\b))|"
                    r"purchas(?:e|es|ed|ing)\s(?:the\s|a\s|an\s|its\s)?(?:[\w-]+\s){0,3}?(?:assets|stake|business|operations|"
                    r"subsidiary|shares)"),
    ("contract", r"contracts?|turnkey (?:deal|project)s?|supply (?:agreement|deal)s?|EPC (?:agreement|deal)s?|"
                 r"(?:an|the) order|orders? (?:for|worth|of)|purchase (?:agreement|deal|order)s?|tenders?|"
                 r"(?:an?|the|capacity)\s(?:[\w-]+\s)?leases?(?:\sagreements?)?|"  # ("signed a lease with Digicel")
                 # ("a $50 million order from", "awarded a $28 million optical transmission order to ZTE")
                 # (not "in order to test …", "an order to the operators to stop …")
                 r"(?:an?|the)\s(?:[\w$€£.,-]+\s){1,4}?(?<!\bin\s)orders?(?=\s(?:from|with|for|worth)\b|\sto\s(?-i:[A-Z]))|"
                 # (a headline's, with no article: "ZTE bags $700M order from India's Reliance")
                 r"(?:(?<=\d[MmBb]\s)|(?<=\d[mb]n\s)|(?<=\smillion\s)|(?<=\sbillion\s))orders?(?=\s(?:from|with|for)\b)|"
                 # ("Huawei won a US$34 million bid from Safaricom": a tender won)
                 r"(?<=won\s)(?:an?|the)\s(?:[\w$€£.,-]+\s){0,4}?bids?(?=\s(?:from|with|by)\s(?-i:[A-Z]))"),
    ("training_programme", r"training (?:programmes?|programs?|initiatives?|courses?)|scholarships?|"
                           # ("launched a digital skills programme for teachers", "an ICT talent programme")
                           # (in small letters: not "to take advantage of Huawei's Digitech Talent program", a firm's named scheme)
                           r"(?-i:(?:(?:digital|ICT|IT|tech|technology|coding|cyber(?:security)?|AI)\s)?(?:skills?|talent|"
                           r"capacity[- ]building|upskilling|literacy)\s(?:development\s|training\s)?(?:programmes?|programs?|initiatives?|"
                           r"courses?|schemes?))|"
                           # ("kicked off its annual Seeds for the Future programme"): a firm's named scheme for students
                           r"Seeds for the Future(?: (?:programmes?|programs?|initiatives?))?|"
                           # ("are setting up a Huawei Information and Communications Technology Academy at the university")
                           r"(?-i:(?:ICT|Technology|Digital|Network|Cloud|AI|5G|Talent|Skills|Training)\s[Aa]cadem(?:y|ies))|"
                           r"(?:(?:up to|over|more than|some|about) )?(?:\d(?:[\d,]*\d)?|(?<=train )(?:two|three|four|five|six|"
                           r"seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds of|thousands of))"
                           r"(?: \w+){0,3} (?:youths?|students|people|"
                           r"professionals|engineers|officials|trainees|civil servants|teachers|technicians|graduates|"
                           r"specialists|experts|staff|employees|personnel|women|girls)"),
    ("proposal", r"proposals?|proposing|proposed|(?:announced|unveiled|revealed|presented|outlined)\s(?:the|its|their)\s(?:[\w-]+\s)?plans?|(?:submitted|placed|made|lodged|put\sin|filed|tabled)\s(?:[\w-]+\s){0,2}?(?:bids?|offers?)|"
                 r"(?<=\s)bid\s(?=(?:US|HK|A)?\$\d)|"
                 # ("The Government of Pakistan invited Huawei to invest in Safe City projects": asked, nothing agreed)
                 r"invit(?:ed|es|ing)\s(?:the\s)?(?-i:[A-Z])[\w&-]+(?:\s(?-i:[A-Z])[\w&-]+){0,4}\sto\s(?:invest|take\spart|"
                 r"participate|build|cooperate|join|set\sup)\b"),  # ("made a winning offer of …", "bid $2.5bn for a majority stake")
    ("talks", r"talks|discussions|negotiations|meetings? (?:with|between)|"
              # ("Cuba is negotiating with Huawei": in hand — not "had been negotiating with … since 2008")
              r"(?:(?<=\sis\s)|(?<=\sare\s)|(?<=\sstill\s)|(?<=\snow\s)|(?<=currently\s))negotiating(?=\swith\s)|"
              # ("Telkom will soon negotiate with Telstra to join the consortium": talks to come, not the consortium)
              r"(?:(?<=\swill\s)|(?<=\swould\s)|(?<=\ssoon\s)|(?<=\splans\sto\s)|(?<=\sexpected\sto\s))negotiate(?=\swith\s)|"
              r"discuss(?:ed|es|ing)\s(?:[\w-]+\s){0,2}?(?:cooperation|collaboration|partnership)|" + _DISCUSSED_WORK),
    ("agreement", r"agreements?|accords?|deals?|pacts?|(?:cooperation )?protocols?|"
                  # ("China and Nepal signed an exchange of letters on the cross-border optical fibre project")
                  r"exchanges? of (?:letters|notes)|letters? of exchange|(?<=exchanged )(?:letters|notes)|"
                  # ("signed 12 cooperation documents", "a document on digital economy cooperation")
                  r"(?:cooperation|bilateral|cooperative) documents?|documents? (?:on|of|for) (?:[\w-]+ ){0,3}?cooperation|"
                  # (and as a headline writes it: "Minas Gerais government signs partnership with Huawei", "Piaget and Huawei
                  # formalise partnership")
                  r"(?:signed|inked|sealed|struck|forged|signs|inks|seals|formali[sz](?:e|es|ed))\s(?:new\s|strategic\s)?"
                  r"partnerships?"),
    ("financing", r"financial backing|financing|funding(?=\s(?:worth|from)\b|\sto\s(?:the\s)?(?-i:[A-Z])|\sof\s(?:worth\b|about\b|some\b|US|\$|\d))"),  # a loan, unless a more telling noun says
    # otherwise ("talks on financing"; "secured funding of worth 67.5 billion shillings … from China")
    ("project", r"projects?|initiatives?|satellites?|spacecraft|(?:submarine |undersea |fibre[- ]optic |fiber[- ]optic |optical )?"
                r"cables?(?: systems?)?|data cent(?:re|er)s?|safe cit(?:y|ies)|smart cit(?:y|ies)|platforms?|towers|"
                r"(?:CCTV |surveillance )?cameras|base stations|(?:5G |4G )?antennas|(?:cloud |availability )regions?|"
                # ("Huawei Cloud has opened a Chile region": a cloud region named by its country)
                r"(?:(?<=\sa\s)|(?<=\sits\s)|(?<=\sthe\s))(?-i:[A-Z][\w-]+(?:\s[A-Z][\w-]+){0,3})\s(?-i:[Rr]egion)"
                r"(?=[,.;]|\s(?:in|for|to|providing)\b)|"
                r"networks?|backbones?|optical fib(?:re|er)s?|"
                # ("The system, constructed by CEIEC, came into service in 2012": a system, told with who built it)
                r"(?<=\bthe\s)systems?(?=,?\s(?:(?:was|were|has\sbeen|had\sbeen)\s)?(?:built|constructed|installed|deployed|"
                r"implemented)\sby\s)|"
                # ("has opened a plant in Kisber, Hungary", "an R&D centre", "a production line")
                r"plants?|factor(?:y|ies)|(?:production|assembly)\slines?|(?:R&D|research|innovations?|logistics|"
                r"(?:research|innovation)\s(?:and|&)\s(?:development|innovation))\s(?:cent(?:re|er)s?|hubs?)|"
                # ("launched a Huawei Technologies 5G test bed", "opened a 5G innovation lab")
                r"test[- ]?beds?|(?:5G|innovation|cloud|AI|joint|open)\s(?:labs?|laborator(?:y|ies))|"
                # ("installed the $22 million CCTV system", "inaugurated a tech park", "handed over a satellite ground station",
                # "an ICT institute", "a command and control centre"; not an industrial park, a railway station, a call centre)
                r"(?:CCTV|surveillance|video\ssurveillance|security\scamera)\ssystems?|"
                # ("The ECU911 emergency system in Ecuador was built by CEIEC")
                r"(?:emergency|911)\s(?:response\s|management\s|call\s)?(?:systems?|cent(?:re|er)s?)|"
                r"(?:ICT|tech|technology|science|digital|innovation|software)\sparks?|"
                r"(?:ICT|technology)\s(?:(?:training|innovation)\s)?(?:cent(?:re|er)s?|institutes?|labs?)|"
                r"command(?:(?:,?\s(?:and|&)\s|\s)control)?\scent(?:re|er)s?|"  # ("launched a command centre in Yaounde")
                r"(?:satellite\s)?(?:ground|earth)\s(?:(?:data\s)?(?:receiving\s|control\s)?)stations?|"
                r"(?:optical |fib(?:re|er)[- ]optic(?:al)? |cross-border |fib(?:re|er) )links?|"
                # ("a limited deployment of 5G", "the installation of cameras"): the work, told by its noun
                r"(?:deployment|installation|roll-?out)s?(?=[”\"]?\sof\b)|"
                # ("Huawei has rolled out 4G across Ethiopia for Ethio Telecom": a network told by its generation)
                r"(?<=\s)(?-i:[2-5]G)(?=\s(?:in|across|for|throughout|nationwide)\b)"),
]


_NOUN_RE = re.compile(r"\b(?:" + "|".join(f"(?P<{k}{i}>{p})" for i, (k, p) in enumerate(NOUNS)) + r")\b", re.I)


SIGNED = (r"sign(?:ed|s|ing)?|singed|ink(?:ed|s)?|conclud(?:ed|es)(?!\s(?:that|it|they)\b)|entered into|"
          # ("Huawei and the University of Rwanda formalised their partnership through a new memorandum of understanding")
          r"formali[sz]ed(?=\s(?:their|the|its|a|an)\s(?:[\w-]+\s){0,2}?(?:partnership|cooperation|collaboration|relationship)"
          r"\s(?:through|with|by|via|in)\s(?:an?|the|their)\s)|"
          # ("ZTE entered an agreement with the ministry": into left out)
          r"enter(?:ed|s)(?=\s(?:an?|the)\s(?:[\w$€£.,-]+\s){0,3}?(?:agreements?|contracts?|deals?|partnerships?|MoUs?|memorand)\w*)|struck|seal(?:ed|s)|penned|agreed|exchanged|"
          r"contracted|finali[sz]ed(?=\s(?:an?|the|its|their)\s(?:[\w$€£.,-]+\s){0,3}?(?:contracts?|agreements?|deals?|loans?|MoUs?))|"
          # ("Belintersat finalized the contract for construction of the satellite"; "the contract … took effect on January 29")
          r"took\seffect|(?:came|comes|(?:has|have)\s(?:now\s|officially\s|formally\s)?come)\sinto\s(?:force|effect)|"
          r"entered\sinto\sforce|"
          # ("Huawei Renews MoU with ICT Authority", "have extended their managed services contract by five years")
          r"renew(?:ed|s)|extended(?=\s(?:the|their|its)\s(?:[\w-]+\s){0,3}?(?:contracts?|agreements?|deals?|MoUs?|partnerships?)\b)|"
          # ("has executed a Memorandum of Understanding with CDB"; not "executed the project")
          # ("The State Duma has ratified an agreement between …": signed before, now ratified)
          r"(?:execut|ratifi)(?:ed|es)(?=\s(?:an?|the|its|their)\s(?:[\w$€£.,-]+\s){0,3}?(?:agreements?|memorand|MoUs?|contracts?|deals?|"
          r"accords?|loan\sagreements?|documents?))|"
          # ("ZTE has arranged a $10 billion credit line from a Chinese bank"; not "arranged a meeting")
          r"arranged(?=\s(?:an?|the|its|their)\s(?:[\w$€£.,-]+\s){0,4}?(?:credit|loans?|financing|facilit(?:y|ies))\b)")


# what a thing was made or paid by, as a hyphen writes it after the maker ("the Huawei-built data centre", "a
# China-funded satellite")
MADE_BY = r"built|constructed|designed|supplied|installed|implemented|developed|supported|powered"
PAID_BY = r"funded|financed|backed|aided|sponsored"


# who hires a firm: "Zambia commissioned ZTE", "MTN has chosen Huawei and Ericsson to build …"
HIRING = r"contracted|appointed|hired|engaged|commissioned|retained|selected|picked|chose|chosen|tapped|enlisted|signed\sup|" \
         r"(?:(?<=\sset\sto\s)|(?<=\sexpected\sto\s)|(?<=\spoised\sto\s)|(?<=\slikely\sto\s)|(?<=\sdue\sto\s))" \
         r"(?:choose|select|pick|hire|appoint|tap)|" \
         rf"(?<=[A-Za-z]\s)(?:{HIRES_NOW})|" \
         r"signed(?=\s(?:China['’]s\s|Chinese\s)?(?!(?:MoUs?|MOUs?|Memorand\w*|Agreements?|Contracts?|Deals?|Pacts?|Letters?)\b)" \
         r"[A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,3}\sto\s(?:deliver|build|supply|provide|install|deploy|upgrade|roll\sout))"
# (a headline's present: "Safaricom taps ZTE for …"; a firm signed to do a work: "UGL has signed China's Huawei
# Technologies to deliver radio communications upgrades")


# (not "won praise for its work", "wins an award": no deal)
AWARDED = (r"award(?:ed|s)?|(?:won|wins)(?!\s(?:an?\s|the\s|high\s|wide\s|international\s)?(?:praise|acclaim|recognition|"
           r"plaudits|applause|accolades?|prizes?|awards?|medals?|trophy|hearts|admiration)\b)|"
           # (and as a headline writes them: "ZTE bags $50m deal", "Huawei lands deal with …")
           r"secur(?:ed|es)|clinch(?:ed|es)|bag(?:ged|s)|pocket(?:ed|s)|"
           r"land(?:ed|s)(?!\s(?:in|at|on|ashore)\b|\s(?:the\s|an?\s)?(?:[\w-]+\s){0,4}?(?:cables?|networks?|cable\ssystems?)\b)|"
           r"net(?:ted|s)(?=\s(?:an?\s|the\s)?(?:[\w$€£.,-]+\s){0,4}?(?:contracts?|deals?|orders?|tenders?)\b)|scoop(?:ed|s)|(?:been|was|were)\sgiven|(?:has\s|have\s)got|"
           # ("Huawei has scored a second major contract in …", "Huawei scores five-year O2 managed services deal", "ZTE picks
           # up EUR250m Telenor Hungary contract", "ZTE claims a new €200 million contract", "have taken the lion's share of 5G
           # contracts from China Mobile")
           # ("Huawei took a six-year contract with Norway's Telenor", "grabbed/snatched/captured a contract")
           # ("Huawei beat Ericsson and Nokia to a contract to modernise Zamtel's network": rivals left behind)
           r"beat(?:s|en)?(?=\s[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*)*(?:,?\s(?:and|&)\s[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*)*)*"
           r"\sto\s(?:an?|the)\s(?:[\w$€£.,'’-]+\s){0,4}?(?:contracts?|deals?|orders?|tenders?)\b)|"
           r"(?:scor(?:ed|es)|pick(?:ed|s)\sup|lock(?:ed|s)\sin|claim(?:ed|s)(?=\san?\s)|grabb(?:ed|s)|snatch(?:ed|es)|"
           r"captur(?:ed|es)|t(?:ook|akes)(?=\san?\s)|t(?:ook|akes?|aken)(?=\s(?:the\s)?(?:largest|biggest|lion['’]s\sshare)))"
           r"(?=\s(?:(?:an?|the|its)\s)?(?:[\w$€£.,'’-]+\s){0,5}?(?:contracts?|deals?|orders?|tenders?)\b)|"
           # ("Huawei Marine Networks (HMN) has received a contract to construct …")
           r"receiv(?:ed|es)(?=\s(?:an?|the)\s(?:[\w$€£.,-]+\s){0,3}?(?:contracts?|orders?|tenders?)\b)|"
           # ("Huawei got the contract for the core network", "ZTE obtained a $30 million order")
           r"(?:got|gets|obtain(?:ed|s))(?=\s(?:an?|the|its)\s(?:[\w$€£.,-]+\s){0,3}?(?:contracts?|orders?|tenders?)\b)|"
           # ("Huawei has a contract with the Ministry of the Interior for the installation of 1,000 cameras": one it holds)
           r"(?<=[a-z]\s)(?:has|have|had|holds?|held)(?=\s(?:an?|the)\s(?:[\w$€£.,-]+\s){0,3}?contracts?\s(?:with|from)\s(?:the\s)?[A-Z])")



# a signing verb read as a whole word ("designed", "assigned" hold one and sign nothing); and any but "agreed", whose own
# "agreed to" signs nothing (a permission, a pledge, a ban lifted), with or without a contract won beside it
SIGNED_WORD = re.compile(rf"\b(?:{SIGNED})\b", re.I)
SIGNED_NOT_AGREED = re.compile(rf"\b(?!agreed\b)(?:{SIGNED})\b", re.I)
SIGNED_OR_AWARDED_NOT_AGREED = re.compile(rf"\b(?!agreed\b)(?:{SIGNED}|{AWARDED})\b", re.I)

FINANCED = r"extend(?:ed|s)?|provid(?:ed|es)|grant(?:ed|s)?|approv(?:ed|es)|financ(?:ed|es)|disburs(?:ed|es)|lend(?:s)?|lent|offered"


ANNOUNCED = (r"will sign|to sign|plans? to|planned|will be (?:setting up|establishing|building|constructing)|"
             r"propos(?:ed|es|ing)|introduc(?:ed|es)|pursu(?:ed|ing|es)|"
             r"announc(?:ed|es)|aims? to|intends? to|expected to|seeks?|seeking|looking to|considering|discuss(?:ed|es|ing)|"
             r"held|hold|(?-i:holding)(?=\s(?:\w+\s){0,2}?(?:talks|discussions|negotiations)\b)|"
             r"(?:has\s|have\s)?had(?=\s(?:\w+\s){0,2}?talks\b)|"  # ("Huawei has had talks with the ministry")
             r"negotiat(?:e|ed|es|ing)")


CANCELLED = (r"cancell?ed|scrapped|terminated|abandoned|blocked|halted|suspended|withdrew|pulled out of|called off|"
             r"ditched|axed|shelved|"  # ("An agreement … to acquire a stake in Taiwan's Far EasTone was ditched")
             # ("Nepal's cabinet has rejected a Rs 5 billion loan", "has frozen its loan", "Italy vetoed the purchase")
             r"(?:rejected|vetoed|froze|frozen)(?=\s(?:an?|the|its|their)\s(?:(?!(?:and|or|but|to|with|signed)\s)[\w$€£.,'’-]+\s)"
             r"{0,5}?(?:loans?|credit|deal|"
             r"contract|agreement|purchase|acquisition|takeover|sale|bid|stake)\b)|"
             # ("would pull out of the deal", "ordered a suspension of the deal", "her decision not to continue with the
             # contract")
             r"pull(?:s|ing)?\sout\sof|(?:ordered|announced|imposed)\s(?:a|the)\s(?:\w+\s)?suspension\sof|"
             r"decision\snot\sto\s(?:continue|proceed|go\sahead|renew)|decided\snot\sto\s(?:continue|proceed|renew)|"
             # ("A World Bank-led project declined to award a contract to …": none made)
             r"(?:declined|refused|decided\snot)\sto\s(?:award|sign|approve|grant)|"
             r"(?:moved|forced|prompted|led|caused)\s(?:[\w-]+\s){0,4}?to\s(?:block|cancel|scrap|suspend|halt|terminate|drop)|"
             r"(?:forced|decided) to (?:drop|fore?go)|dropped|fore?go(?:ne|es|ing)? the (?:\w+\s)?(?:deal|loan|contract)|"
             r"turn(?:ed|s)? down|passed on (?:a|the) (?:\w+\s)?deal|"
             r"took over (?:the\s)?(?:\w+\s){0,4}?contract|"
             # ("announced the termination of the deal with Huawei")
             r"termination\sof")


_ACQUIRED = r"acquired|bought|purchased|sold|paid|took over|completed (?:the|its) (?:acquisition|purchase|takeover|sale)|" \
            r"(?:was|were|has\sbeen|have\sbeen|had\sbeen)\s(?:completed|closed|finali[sz]ed)|" \
            r"(?:has|have|had)\staken\sover|snapped\sup|divested|" \
            r"took(?=\s(?:an?\s|the\s|its\s)?(?:[\w%.,$-]+\s){0,3}?stakes?\b)"  # ("took a 30% stake in …": bought)


_LENT = (r"extended|provided|granted|gave|disbursed|lent|loaned|released|approved|borrowed|"
         # ("Zambia received a $30 million loan from China Exim Bank": got it)
         r"(?:received|secured|obtained)(?=\s(?:an?|the)\s[^.;]{0,40}?\b(?:loans?|credit|financing|facility)\b)|"
         # (a headline's present: "China Exim lends Kenya $200m for Konza data centre")
         # (a verb before whom it lends to or how much: not "millions of pa'anga in grants")
         r"(?:lends|extends|grants|disburses)(?=\s(?:the\s)?(?-i:[A-Z])|\s(?:an?\s)?(?:US|HK|A)?[$€£]|\s\d)|"
         r"(?:has|had|have)\s(?:received|secured|obtained|lined\sup)")


# "commissioned" puts a thing into service — but "PNG commissioned Huawei to build …" hires a firm
# the works a deal builds, named by their noun: what a headline opens, partners work on, a firm's or a state's money
# pays for ("the China-funded national fibre backbone"), equipment is supplied for
WORKS = (r"projects?|networks?|cables?|backbones?|data\scent(?:re|er)s?|satellites?|towers|platforms?|systems?|"
         r"safe\scit(?:y|ies)|smart\scit(?:y|ies)")


# (not "the … project being launched under CPEC", "The project will be completed in four years": under way, to come)
OPERATIONAL = (r"(?<!\bbeing\s)launch(?:ed|es)|inaugurat(?:ed|es)|commission(?:ed|s)(?!\s(?:the\s)?[A-Z][^.;,]{0,60}?\s(?:to|for)\s)|"
               r"went live|(?<!\bbe\s)completed|opened|opens(?=\s(?:an?|its|their|the)\s)|handed over|"
               # ("China Mobile has also activated the eastern routes of the 2Africa cable")
               rf"activat(?:ed|es)(?=\s(?:the\s|its\s|an?\s)?(?:[\w'’-]+\s){{0,4}}?(?:{WORKS}|routes?|segments?)\b)|"
               # ("Huawei has finished building the smart city system", "finished the installation of 5,000 cameras")
               r"finish(?:ed|es)\s(?:building|constructing|installing|laying|deploying|rolling\sout|setting\sup|upgrading|"
               r"(?:the\s)?(?:construction|installation|laying|deployment|roll-?out|building|upgrade)\sof)|"
               # ("Huawei kicked off its annual Seeds for the Future programme"): a scheme begun
               r"kick(?:ed|s)\soff(?=\s(?:an?\s|its\s|their\s|the\s)?(?:[\w-]+\s){0,5}?(?:programmes?|programs?|courses?|"
               r"initiatives?|training)\b)|"
               # (a headline's present: "Huawei opens data centre in Kenya", "ZTE completes 4G network in Ethiopia",
               # "China hands over satellite TV project to Burundi", "Huawei switches on 5G network")
               r"(?:opens|completes|hands\sover|switch(?:es|ed)\son)(?=\s(?:an?\s|its\s|their\s|the\s)?(?:[\w'’-]+\s){0,4}?"
               rf"(?:{WORKS}|cloud\sregions?)\b)|"
               # ("Monaco on Tuesday became the first country in Europe to inaugurate a … 5G … network")
               # (a new thing, not "… becomes the first African country to launch the platform": the one told before)
               r"(?:became|becomes|has\sbecome)\sthe\sfirst\s(?:[\w-]+\s){0,4}?to\s(?:launch|inaugurate|roll\sout|switch\son)"
               r"(?=\san?\s)|"
               r"(?:came|went|entered|put)\sinto\s(?:commercial\s)?(?:operation|service|use)|"
               # ("China successfully sent a Bolivian communications satellite into orbit", "A Long March rocket lifted off
               # from Xichang carrying Pakistan's satellite"): a satellite launched
               r"(?:sent|put|placed|lofted|launched)\s(?:[\w'’-]+\s){0,5}?(?:satellites?|spacecraft)\s(?:in)?to\s(?:orbit|space)|"
               r"lift(?:ed|s)?\soff\s[^.;]{0,60}?\bcarrying(?=\s[^.;]{0,60}?\b(?:satellites?|spacecraft)\b)|"
               # ("Huawei Cloud announced on Monday the launch of the Huawei Cloud Riyadh Region")
               # (not "signed an agreement for the launch of the satellite", "shook the West with the launch of …")
               r"(?:announced|announces|celebrated|marked|attended|witnessed|hosted)\s(?:[\w,]+\s){0,3}?the\slaunch\sof"
               r"(?=\s(?:the\s|its\s|an?\s)?(?:[\w'’-]+\s){0,6}?(?i:regions?|data\scent(?:re|er)s?|networks?|"
               r"cables?|satellites?|platforms?|cent(?:re|er)s?|services?)\b)|"
               # ("The data centre … began operations in June 2024", "entered service in 2019", "went online in March")
               r"(?:began|begun|started|commenced|begins|starts)\s(?:commercial\s|full\s)?(?:operations?|operating|service|to\soperate)\b|"
               r"entered\s(?:commercial\s)?service|(?:went|came|goes|comes)\sonline|"
               # ("Huawei's 5G network in Cambodia is now operational", "was switched on in June", "was energised last week",
               # "entered commercial operation", "achieved ready for service status"; not "is expected to become operational")
               r"(?:is|are|was|were|has\sbeen|have\sbeen)\s(?:now\s|officially\s|fully\s)?(?:operational|live|online|"
               r"in\s(?:commercial\s)?(?:operation|service))(?![\w-])|"
               r"(?:(?<=was\s)|(?<=were\s)|(?<=been\s))(?:officially\s)?(?:switched\son|turned\son|energi[sz]ed|activated|"
               r"operationali[sz]ed)|entered\s(?:full\s)?(?:commercial\s)?operations?|"
               r"(?:achieved|reached|attained)\s(?:the\s)?(?:[\w-]+\s)?ready[\s-]for[\s-]service|"
               # ("celebrated the official launching of the Vanuatu eGovernment Network": a thing put into service)
               r"(?:official|formal)\s(?:launch(?:ing)?|inauguration|opening|commissioning)\sof|"
               # ("The inauguration of the Huawei-built data centre took place on Monday")
               r"(?<=the\s)(?:inauguration|commissioning)\sof")


# what is being built, in any tense of "be" ("is installing 2,000 cameras", "were laying the cable")
BUILDING = (r"under construction|construction (?:began|started)|(?:(?<=the\s)|^)construction\sof(?=\s[^.;]{0,80}?\s(?:began|started|"
            r"is\sunder\sway|is\sunderway|has\sbegun|is\songoing|continues))|"
            r"began building|broke ground|"
            # ("Work on the fibre network, carried out by …, began in March")
            r"(?:^|(?<=\s))works?\son\s[^.;]{0,100}?\s(?:began|started|has\sbegun|have\sbegun|had\sbegun|(?:is|are)\sunder\s?way)|"  # (not "a loan for the construction of a data centre": what it is for)
            # ("Work began last month on a fibre-optic cable …, built by China Telecom": begun, not done)
            r"(?:^|(?<=\s))(?-i:[Ww])orks?\s(?:has\s|have\s)?(?:began|begun|started|commenced)\s(?:[\w,-]+\s){0,4}?on\s|"
            # ("PM on Monday laid the foundation stone of the Huawei data centre", "launched construction of a data centre")
            r"(?:laid|lays|lay)\s(?:the\s)?foundation\sstones?|foundation\sstones?\s(?:was|were|has\sbeen|have\sbeen)\slaid|"
            r"launch(?:ed|es)\s(?:the\s)?(?:construction|building|laying|installation)\s(?:works?\s)?(?:of|on)|"
            # ("ZTE started to build the 4G network", "began laying the cable")
            r"(?:started|began|begun|has\sstarted|have\sstarted)\s(?:to\s(?:build|construct|lay|install|deploy|roll\sout)|"
            r"(?:building|constructing|laying|installing|deploying|rolling\sout))\b|"
            r"(?:is|are|was|were|(?:has|have|had)\sbeen)\s(?:now\s|currently\s|already\s|also\s)?(?:building|constructing|"
            r"installing|deploying|laying|rolling out|setting up|establishing|upgrading|expanding|implementing|executing)|"
            # ("The communication towers were being constructed at a cost of 280 million U.S. dollars")
            r"(?:is|are|was|were)\sbeing\s(?:built|constructed|installed|deployed|laid|rolled\sout|set\sup|upgraded)|"
            # ("A 4,000-km fibre optic cable network being constructed by Huawei will help Guinea": in hand)
            r"(?<!after\s)(?<!before\s)(?<!of\s)being\s(?:built|constructed|installed|deployed|laid|rolled\sout|set\sup|upgraded)"
            r"(?=\sby\s)|"
            # ("The Safe City project is being implemented by Huawei", "which is carried out by the Botswana branch of …", "is
            # 60 percent complete", "had done about 60% of the work")
            r"(?:(?:is|are|was|were)\sbeing|(?:which|that)\s(?:is|are))\s(?:implemented|carried\sout|executed|undertaken)\sby|"
            r"(?:is|was|are|were)\s(?:about\s|around\s|some\s|nearly\s|over\s|now\s)?\d+(?:\.\d+)?\s?(?:%|per\s?cent)\s"
            r"(?:complete|completed|done|finished|built)|"
            r"(?:has|had|have)\s(?:done|completed|finished)\s(?:about\s|around\s|some\s|nearly\s|over\s)?\d+(?:\.\d+)?\s?"
            r"(?:%|per\s?cent)\sof|"
            # the work begun or in hand, told by its noun: "initiated the works on laying the cable", "is undertaking a
            # limited deployment of 5G", "was assisting the city with the installation of cameras"
            r"(?<=project\s)(?:has|have)\s(?:now\s|officially\s)?(?:commenced|begun|started|kicked\soff)|"  # ("The … cable
            # project has commenced")
            r"(?:began|begun|started|initiated|commenced|kicked\soff)\s(?:the\s)?(?:[\w-]+\s){0,2}?(?:works?|construction|"
            r"installation|laying|deployment|survey)\b|"  # ("has begun marine survey work on behalf of Megacable")
            r"(?:is|are|was|were|(?:has|have|had)\sbeen)\s(?:now\s|currently\s|already\s|also\s)?"
            r"(?:undertaking|carrying\sout|conducting|assisting|helping|supporting)\s[^.;]{0,80}?(?:installation|deployment|"
            r"construction|roll-?out|laying|upgrade|expansion)[”\"]?\sof")


# a thing built: every form of the verbs ("set up a data centre", "sets up", "establishing")
# — "set up" and "establish" only for a thing built ("set up a data centre", not "set up a committee"),
# never for a purpose ("to establish connectivity")
_THING = (r"(?:data\scent(?:re|er)s?|networks?|cables?|plants?|factor(?:y|ies)|cent(?:re|er)s?|cloud|platforms?|"
          r"lab(?:oratory|oratories|s)?|academ(?:y|ies)|stations?|towers?|backbones?|links?|satellites?|regions?|"
          r"campus(?:es)?|offices?|headquarters|hubs?)")
BUILT = (r"build|builds|built|co-build|install(?:ed|s)?|deploy(?:ed|s)?|deliver(?:ed|s)?|unveil(?:ed|s)?|"
         # ("Australia funded the cable's construction", "is also funding the construction of six towers")
         r"(?:fund|financ)(?:ed|es|s|ing)\s(?:the|a|an|its|their)\s(?:[\w'’-]+\s){0,3}?(?:construction|building|installation|"
         r"roll-?out|laying|deployment)|"
         r"construct(?:ed|s)?|lay|lays|laid|roll(?:ed|s)? out|erect(?:ed|s)?|"
         # ("have landed the sixth submarine cable in Mombasa", "have successfully landed a new submarine fibre optic
         # network at Mombasa")
         r"land(?:ed|s)?(?=\s(?:the\s|an?\s)?(?:[\w-]+\s){0,4}?(?:cables?|networks?|cable\ssystems?)\b)|"
         rf"(?<!to\s)(?:set(?:s)?\sup|establish(?:ed|es)?|(?:(?<=will\sbe\s)|(?<=will\ssoon\sbe\s))(?:setting\sup|establishing))"
         # (and a place's: "Huawei set up Ghana's first 5G network")
         rf"(?=\s(?:an?|the|its|their|two|three|several|new|(?-i:[A-Z])[\w-]+['’]s)\s"
         rf"(?:[\w-]+\s){{0,3}}?{_THING}\b)|"
         # ("the CCTV system was set up in the cities of Yaounde and Douala": a thing set up, told in the passive)
         rf"(?:(?<=was\s)|(?<=were\s)|(?<=been\s))set\sup(?=\s(?:in|at|across|throughout|by)\s)|"
         # ("Huawei implemented the e-government system", "ZTE upgraded Telkom's core network", "The Safe City system was
         # implemented by Huawei", "will upgrade the network"): work done on a thing (not "implemented the agreement",
         # "upgraded their relations"; nor a purpose, "to upgrade existing network")
         # ("Huawei has modernised the mobile network of Telecel")
         rf"(?:implemented|implements|upgraded|upgrades|moderni[sz]ed|moderni[sz]es|(?<=will\s)(?:implement|upgrade))"
         rf"(?=\s(?:the\s|an?\s|its\s|their\s)?(?:[\w'’-]+\s){{0,4}}?(?:{_THING}|systems?|projects?)\b)|"
         # (and "The Safe City project was executed by Huawei", "The project, implemented by Huawei, cost …", "Work on the
         # network, carried out by China Communications Services, began …": who did a work, told in the passive or a
         # participle between commas — not "Huawei executed the project on time", the firm's own report)
         r"(?:(?<=was\s)|(?<=were\s)|(?<=been\s))(?:implemented|upgraded|executed|moderni[sz]ed|undertaken)(?=\sby\s)|"
         r"(?<=,\s)(?:implemented|executed|upgraded|moderni[sz]ed|carried\sout|undertaken|overseen)(?=\sby\s(?:the\s)?"
         r"(?:(?:two|three|several)\s)?(?:(?-i:[a-z])[\w-]+\s){0,2}?(?:(?-i:[A-Z])[^,;]*,|entities|firms|companies))|"
         # ("Huawei finished the national fibre backbone in 2018", "is executing Malawi's national fibre backbone project"): a
         # work done or in hand, told by another verb (a definite one: not "finished a number of similar projects")
         rf"(?<!which\s)(?<!that\s)(?:finished|executing)(?=\s(?:the\s|its\s|their\s|(?-i:[A-Z])[\w-]+['’]s\s)"
         rf"(?:[\w'’-]+\s){{0,4}}?(?:{WORKS})\b)|"
         # ("Pakistan's Paksat-1R satellite was manufactured by China Academy of Space Technology", "was jointly designed and
         # developed by Suparco and China Great Wall Industry Corporation"): who made a work, told in the passive
         r"(?:(?<=was\s)|(?<=were\s)|(?<=been\s)|(?<=is\s)|(?<=are\s))(?:jointly\s)?(?:(?:designed|developed)\sand\s)?"
         r"(?:manufactured|developed|produced|built)(?:\sand\s(?:manufactured|developed|built|produced|launched))?(?=\sby\s)|"
         # ("Huawei is behind the construction of the national backbone"): the builder of a work
         # (and "Huawei was responsible for the construction of the network")
         r"(?:is|was|are|were)\s(?:also\s)?(?:behind|responsible\sfor)\sthe\s(?:construction|building|deployment|installation|"
         r"roll-?out|laying)\sof|"
         # ("The launch of the satellite was carried out by SupremeSAT and the China Great Wall Industry Corp")
         rf"(?:(?<=was\s)|(?<=were\s)|(?<=been\s))carried\sout(?=\sby\b)|"
         # ("Huawei opens its second cloud data center in Mexico", "Alibaba Cloud plans to launch its first cloud region in
         # Mexico", "will open a data center": a firm's facility opened or to open)
         rf"(?:launch|open|opens)(?=\s(?:an?|its|their|the)\s(?:[\w-]+\s){{0,3}}?(?:data\scent(?:re|er)s?|cloud\sregions?|"
         rf"availability\szones?)\b)")


# money promised for a thing, not yet lent: "will finance 85 percent of the project", "agreed to fund a subsea cable"
FUND_TO_COME = (r"(?:will|(?:is|are)\s(?:set\s|due\s|expected\s|likely\s)?to|agreed\sto|pledged\sto|promised\sto|"
                r"committed\sto|offered\sto|plans?\sto)\s(?:also\s|jointly\s|partly\s|partially\s|fully\s)?(?:co-?)?(?:fund|finance)\b")
# ("Bank of China and ICBC agreed to co-finance a $600 million fibre project": two lenders, one promise)
# money to come, told by its giver's verb: "China would provide up to $1 billion in concessional financing"
WILL_PROVIDE = r"(?:would|will)\s(?:also\s)?(?:provide|give|extend|offer|grant)"


# "the projects include … the construction of the expressway by the China Road and Bridge Corporation": a project
# told with its builder (a deal, though not a status: "covers the construction of a network by Huawei" is signed)
# a contract handed to its vendor: "Zamtel gave the $30 million contract to ZTE", "A $40 million order from NetOne went to
# Huawei", "The contract went to ZTE"; or shared out among vendors: "Ethio Telecom split the $1.6 billion contract between
# Huawei and ZTE", "Huawei has been allocated a US$700 million contract"; or what a deal has its vendor do: "The deal, worth
# $40 million, will see Huawei upgrade NetOne's network"
_VENDORS_DEAL = r"(?:contract|order|deal|tender)s?"
GIVEN_TO = (rf"(?:gave|gives|handed|hands)\s(?:the|a|an|its)\s(?:[\w$€£.,-]+\s){{0,3}}?{_VENDORS_DEAL}\sto\b|"
            rf"{_VENDORS_DEAL}\s(?:[^.;]{{1,60}}?\s)?went\sto(?=\s(?:the\s)?[A-Z])|"
            rf"(?:split|divided|shared|apportioned)\s(?:the\s|its\s|an?\s)?(?:[\w$€£.,-]+\s){{0,4}}?{_VENDORS_DEAL}\s"
            r"(?:between|among)(?=\s(?:the\s)?[A-Z])|"
            rf"(?:been|was|were)\s(?:allocated|allotted)\s(?:an?|the)\s(?:[\w$€£.,-]+\s){{0,4}}?{_VENDORS_DEAL}\b|"
            r"(?:deal|contract|agreement)\b[^.;]{0,40}?\swill\ssee\s(?:the\s)?(?=[A-Z])")


CONSTRUCTION_BY = r"(?<=the\s)construction\sof\s[^.;]{0,80}?\sby(?=\s(?:the\s)?(?-i:[A-Z]))"


# money put into a firm: "ploughed $200m into Kakao Pay", "invested $150 million in Sea Ltd"
MONEY_PUT = r"invested|ploughed|plowed|poured|pumped|injected"


# a stake bought in other words: "Tencent snapped up a 10% stake in Jumia", "China Telecom took a 30% stake in …"
STAKE_TAKEN = r"snap(?:ped|s)?\sup|t(?:ook|akes?|aken|aking)(?=\s(?:an?\s|the\s|its\s|their\s)?(?:[\w%.,$-]+\s){0,3}?stakes?\b)"


# a deal told as signed by a noun: "the conclusion of an investment agreement with Huawei", "the signing of a loan agreement"
CONCLUDED_NOUN = (r"(?:conclusion|signing|signature)\sof(?=\s(?:an?|the)\s(?:[\w-]+\s){0,3}?(?:agreements?|contracts?|deals?|"
                  r"MoUs?|memorand\w*|accords?)\b)")


_VERBS = re.compile(rf"\b(?:{SIGNED}|{AWARDED}|{FINANCED}|{ANNOUNCED}|{OPERATIONAL}|{BUILDING}|{BUILT}|acquir(?:e|ed|es|ing)|"
                    rf"{CONSTRUCTION_BY}|"
                    rf"{GIVEN_TO}|"
                    # ("… joint venture …, and was established jointly by YOFC and PT FOTI", "co-established by …")
                    rf"(?:established|formed|set\sup|founded|created)\s(?:jointly\s)?by\b|co-(?:established|founded)\b|"
                    rf"jointly\s(?:established|founded|formed|set\sup)\b|"
                    rf"bought|buys?|invest(?:ed|s)?|train(?:ed|s)?|to train|agreeing|agree|receiv(?:e|ed|es|ing)|"
                    # a stake bought in other words: "Tencent snapped up a 10% stake in Jumia", "China Telecom took a 30%
                    # stake in …", "with Alibaba taking a 33% stake", "will pay 4.5 billion rupees for a 26% stake in …",
                    # "has taken over the Pakistani operator Paktel", "divested its stake in Huawei Marine to Hengtong"
                    rf"{STAKE_TAKEN}|"
                    # ("The result was the conclusion of an investment agreement with Huawei Technologies")
                    rf"{CONCLUDED_NOUN}|"
                    rf"pa(?:y|ys|ying)(?=\s(?:[^.;]|\.(?=\d)){{0,60}}?\bfor\s(?:an?|the|its)\s(?:[\w%.,-]+\s){{0,2}}?stakes?\b)|"
                    rf"t(?:ook|akes?|aken|aking)\sover|divest(?:ed|s)?|"
                    # ("China Telecom is part of the Mislatel consortium with Udenna Corp. and …": a member of a venture)
                    rf"(?:is|was|are|were)\s(?:also\s)?(?:an?\s)?(?:part|members?|partners?|shareholders?)\s(?:of|in)"
                    rf"(?=\s(?:the|a|an)\s(?:[\w-]+\s){{0,3}}?(?:consortium|joint\sventure)\b)|"
                    # ("There has also been an agreement with Huawei Group for a Digital Village Project")
                    rf"there\s(?:has|have|had)\s(?:also\s)?been(?=\s(?:an?|the)\s(?:[\w$€£.,-]+\s){{0,3}}?(?:agreements?|deals?|"
                    rf"contracts?|MoUs?|memorand\w*)\s(?:with|between)\s)|"
                    rf"in\s(?:(?:advanced|early|preliminary|final|exclusive|detailed|further|serious|direct|fresh)(?:[- ]stage)?\s)?(?:talks|discussions|"
                    rf"negotiations)\swith|(?:is|are)\s(?:now\s|still\s|currently\s)?negotiating\swith|"
                    # ("China Mobile reportedly entered early stage talks with Vodafone Idea and Bharti Airtel")
                    rf"(?:entered|opened|began|started|launched|resumed)\s(?:into\s)?(?:[\w-]+\s){{0,2}}?(?:talks|negotiations|"
                    rf"discussions)|"
                    rf"obtain(?:ed|s)?|picked|select(?:ed|s)?|chose|chosen|order(?:ed|s)|purchas(?:e|ed|es)|submitted|"
                    rf"partner(?:ed|s)? with|teamed up|tied up|joined hands|pledg(?:e|ed|es)|witness(?:ed|es)?|"
                    rf"endors(?:e|ed|es)|adopt(?:ed|s)|issued|backed|renew(?:s|ed)?|reach(?:ed|es)?|paid|pays|"
                    # ("China Construction Bank is funding the project", "was funded by the Export-Import Bank of China")
                    rf"fund(?:ed|s|ing)(?=\s(?:by|the|its|their|an?)\b)|bankroll(?:ing)?|"
                    rf"offload(?:ed|s)?|took over|take over|hosted|joined forces|in talks|contracted|bankroll(?:ed|s)?|"
                    rf"loan(?:ed|s)?|borrow(?:s|ed|ing)?|sell|sells|sold|were reached|under\s?way|(?:is|are)\s(?:still\s)?ongoing|"
                    # "China's Exim Bank will finance 85 percent of the project", "agreed to fund a subsea cable"
                    rf"{FUND_TO_COME}|lined\sup|"
                    # "cancelled its contract with ZTE", "placed an order with ZTE": a deal first told ended, or ordered
                    rf"{CANCELLED}|plac(?:ed|es)|discuss(?:ed|es|ing)\s(?:[\w-]+\s){{0,2}}?(?:cooperation|collaboration|partnership)|"
                    rf"{_DISCUSSED_WORK}|invit(?:ed|es|ing)(?=\s(?:the\s)?(?-i:[A-Z]))|"
                    # "has made a winning offer of US$2.5 billion", "bid $2.5bn for a majority stake": a bid
                    rf"made\s(?:an?\s|the\s|its\s)?(?:[\w-]+\s)?(?:offer|bid)|(?<=\s)bid(?=\s(?:US|HK|A)?\$\d)|"
                    # "Alibaba made a similar deal with Bollore SA", "cut a deal with …": a deal made
                    rf"(?:made|cut)(?=\s(?:an?\s|the\s|its\s|their\s)?(?:[\w$€£.,-]+\s){{0,3}}?(?:deals?|agreements?|pacts?)\b)|"
                    # "formed a joint venture", "set up a consortium": the venture is the deal
                    rf"(?:form(?:ed|s|ing)?|establish(?:ed|es|ing)?|set(?:ting)?\sup|creat(?:ed|es|ing))\s(?:a|an|the)\s"
                    rf"(?:[\w-]+\s){{0,3}}?(?:joint[- ]ventures?|consortium|(?-i:JVs?)|(?-i:joint)\s(?!stock\b)(?:[\w-]+\s)?(?:compan(?:y|ies)|"
                    rf"firms?|entit(?:y|ies)|enterprises?))|"
                    rf"(?-i:JVs?)\s(?:[\w-]+\s){{0,6}}?(?:was|were|has\sbeen|had\sbeen)\s(?:formed|established|set\sup|created)|"
                    # "the project was a joint venture between A, B and C"; "would take an equity stake in Nigcomsat"
                    rf"(?:is|was|are|were)\s(?:a|an)\s(?:[\w-]+\s){{0,2}}?joint[- ]venture\s(?:between|of|formed\sby)|"
                    rf"tak(?:e|es|ing|en)\s(?:an?\s)?(?:[\w%.-]+\s){{0,3}}?stakes?\sin)\b",
                    re.I)  # ("a JV with Softbank … was formed earlier this year")


# words that may tell a deal, read loosely (a verb of signing, paying, building, buying, ordering or choosing; a noun of
# an arrangement; talks and meetings): a sentence with one that no candidate was made from is listed for the curator
# to check (see :func:`.rules.to_check`) — a net for the deals told in words the rules above do not read
MAY_TELL_A_DEAL = re.compile(
    r"\b(?:sign\w*|agree\w*|contract\w*|deals?|MoUs?|memorand\w*|accords?|pacts?|loans?|lend\w*|lent|credits?|financ\w*|"
    r"fund\w*|invest\w*|acqui\w*|stakes?|joint\sventures?|consortium|partner\w*|award\w*|tenders?|bid|bids|bidders?|won|"
    r"wins?|select\w*|chose|chosen|hired|build\w*|built|construct\w*|launch\w*|suppl\w*|deploy\w*|donat\w*|grant\w*|"
    r"provid\w*|install\w*|upgrad\w*|expan\w*|purchas\w*|bought|buy\w*|order\w*|ink\w*|implement\w*|set\sup|"
    r"open\w*|establish\w*|backed|cooperat\w*|co-operat\w*|collaborat\w*|work\w*\s(?:together|with|jointly)|jointly|"
    r"meetings?|discuss\w*|negotiat\w*|talks|projects?|programmes?|programs?)\b", re.I)


_PROJECT_VERBS = re.compile(rf"\b(?:{BUILT}|{OPERATIONAL}|{BUILDING}|{CONSTRUCTION_BY})\b", re.I)


_BUILD_WORDS = re.compile(r"\b(?:build|construct|deploy|install|supply|supplies|upgrade|roll out|implement|lay|launch|expand|"
                          # ("Following a deal signed between Huawei and TSTT, the network was upgraded")
                          r"(?:was|were|been|be)\s(?:built|constructed|deployed|installed|upgraded|expanded|modernised|modernized)|"
                          r"(?:network|capacity|coverage)\sexpansion|"
                          r"rollout|network agreement|provision of|procure(?:ment)?|purchase|implementation of|"
                          r"(?:construction|installation|deployment)\sof)\b", re.I)  # ("a deal … for the construction of a smart city")


_SUPPLY_WORDS = re.compile(r"\b(?:supply|supplies|supplied|suppliers?|equipment|vendors?|provide equipment)\b", re.I)


_ANAPHORA = re.compile(r"\b(?:(?:the|these) (?:two|three|four|five) (?:(?:Chinese|foreign|local) )?(?:firms|companies|sides|parties|countries|"
                      r"governments|groups|operators|carriers|telcos|banks|partners|institutions|organi[sz]ations|universities|"
                      r"ministries|entities|agencies|contractors|vendors|suppliers|developers|investors)|"
                      r"both (?:firms|companies|sides|parties|countries|carriers|telcos|operators|partners)|"
                      # ("In 2008, the companies signed a $120 million agreement")
                      rf"the (?:firms|companies|sides|parties|partners|two)(?=\s(?:have\s|had\s|has\s|also\s|then\s|later\s)*(?:{SIGNED})\b)|"
                      # ("… where the two signed a Memorandum of Understanding": the two named before)
                      r"^(?:The|This|That) (?:deal|agreement|MoU|memorandum|"
                      r"contract|accord|pact|loan|partnership|cooperation|collaboration)\b|"
                      # ("Huawei will soon be setting up its 6th ICT Academy at CUET … To this end, an MoU signing
                      # ceremony was held at CUET campus on Tuesday": the sentence before says who)
                      r"^(?:To\sthis\send|In\sthis\sregard|To\sthat\send|For\sthis\spurpose),)", re.I)


_REFER = re.compile(r"^(?:The|These|This|Those|Such|Both|Under the|Under these|Under this|According to the)\b", re.I)


MONTHS = {m: i + 1 for i, m in enumerate("january february march april may june july august september october "
                                         "november december".split())}


MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})


MONTHS["sept"] = 9


WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_WEEKDAY_RE = "(?:" + "|".join(w.capitalize() for w in WEEKDAYS) + ")"


def iso_currency(code: str) -> bool:
    """Whether ``code`` is an ISO 4217 currency code ("USD", "ZMW")."""
    import pycountry

    return pycountry.currencies.get(alpha_3=code) is not None


_MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
            r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"


CURRENCIES = [
    # (a dollar of another country first: "50 million Australian dollars" is no US dollar)
    (r"Australian dollars?", "AUD"), (r"Canadian dollars?", "CAD"), (r"Singapore(?:an)? dollars?", "SGD"),
    (r"Hong Kong dollars?", "HKD"), (r"New Zealand dollars?", "NZD"), (r"Fiji(?:an)? dollars?", "FJD"),
    (r"Jamaican dollars?", "JMD"), (r"Trinidad and Tobago dollars?|TT\$", "TTD"), (r"Namibian dollars?", "NAD"),
    (r"Solomon Islands dollars?", "SBD"), (r"Guyan(?:a|ese) dollars?", "GYD"), (r"Brunei dollars?", "BND"),
    (r"Liberian dollars?", "LRD"), (r"East Caribbean dollars?", "XCD"),
    # (a word several countries use, said with its country: "48 billion Iraqi dinars", "Mexican pesos")
    (r"Iraqi dinars?", "IQD"), (r"Kuwaiti dinars?", "KWD"), (r"Algerian dinars?", "DZD"), (r"Tunisian dinars?", "TND"),
    (r"Jordanian dinars?", "JOD"), (r"Bahraini dinars?", "BHD"), (r"Libyan dinars?", "LYD"), (r"Serbian dinars?", "RSD"),
    (r"Saudi riyals?", "SAR"), (r"Qatari riyals?", "QAR"), (r"Omani rials?", "OMR"), (r"Iranian rials?", "IRR"),
    (r"Yemeni rials?", "YER"), (r"Indian rupees?", "INR"), (r"Pakistani rupees?", "PKR"), (r"Sri Lankan rupees?", "LKR"),
    (r"Nepal(?:ese|i) rupees?", "NPR"), (r"Mauritian rupees?", "MUR"), (r"Mexican pesos?", "MXN"),
    (r"Philippine pesos?", "PHP"), (r"Colombian pesos?", "COP"), (r"Argentine pesos?", "ARS"), (r"Chilean pesos?", "CLP"),
    (r"Dominican pesos?", "DOP"), (r"Moroccan dirhams?", "MAD"), (r"(?:UAE|Emirati) dirhams?", "AED"),
    (r"Sudanese pounds?", "SDG"), (r"Lebanese pounds?", "LBP"), (r"Syrian pounds?", "SYP"), (r"Nigerian naira", "NGN"),
    (r"South African rand", "ZAR"), (r"Ghanaian cedis?", "GHS"), (r"Brazilian reais", "BRL"), (r"Chinese yuan", "CNY"),
    (r"Ethiopian birr", "ETB"), (r"Kazakh(?:stani)? tenge", "KZT"), (r"Bangladeshi taka", "BDT"),
    (r"Indonesian rupiah", "IDR"), (r"Malaysian ringgit", "MYR"), (r"Thai baht", "THB"), (r"Angolan kwanzas?", "AOA"),
    (r"Indian rupees?", "INR"), (r"Ugandan shillings?", "UGX"), (r"Tanzanian shillings?", "TZS"),
    (r"US\$|\$US|USD|\$|U\.\s?S\.\s?dollars?|US dollars?|dollars?|dlrs\.?", "USD"), (r"€|EUR|euros?", "EUR"),
    (r"£|GBP|pounds? sterling|British pounds?", "GBP"),
    (r"Egyptian pounds?|EGP", "EGP"),
    # (a pound the deal's country says: "63 million pounds" in Britain or in Egypt)
    (r"pounds", "GBP"),
    (r"RMB|CNY|yuan|renminbi|¥", "CNY"), (r"JPY|(?:Japanese )?yen", "JPY"), (r"KRW|(?:South )?Korean won", "KRW"),
    (r"TSh|Tanzanian shillings?", "TZS"), (r"USh|Ugandan shillings?", "UGX"),
    (r"Rs\.?|PKR|rupees", "PKR"), (r"KES|K[Ss]h(?:s)?\.?|Sh(?:s)?\.?|Kenyan shillings?|shillings?", "KES"),
    (r"CHF|Swiss francs?", "CHF"), (r"Rp\.?", "IDR"), (r"RUB|(?:Russian )?r(?:o)?ubles?", "RUB"),
    (r"(?:Vietnamese )?dong", "VND"), (r"baht|Bt\.?", "THB"), (r"kwanzas?", "AOA"),
    (r"(?:Peruvian )?soles", "PEN"), (r"Malawian kwacha", "MWK"), (r"Zambian kwacha", "ZMW"), (r"GH¢|GH₵", "GHS"),
    (r"rufiyaa", "MVR"), (r"bolivianos?", "BOB"), (r"somoni", "TJS"), (r"tugriks?|t[oö]gr[oö]gs?", "MNT"),
    (r"kip", "LAK"), (r"riels?", "KHR"), (r"afghanis", "AFN"), (r"hryvnias?", "UAH"), (r"zloty", "PLN"),
    (r"forints?", "HUF"), (r"(?:Turkish )?lira", "TRY"), (r"meticais|metical", "MZN"), (r"ariary", "MGA"),
    (r"pula", "BWP"), (r"kina", "PGK"), (r"vatu", "VUV"), (r"pa[’']?anga|TOP\$|TP\$|T\$", "TOP"), (r"tala", "WST"),
    (r"NGN|naira|₦", "NGN"), (r"ZAR|rand", "ZAR"), (r"XOF|CFA francs?|FCFA|CFAF", "XOF"), (r"ETB|birr", "ETB"),
    (r"BDT|Tk\.?|taka", "BDT"), (r"LKR", "LKR"), (r"IDR|rupiah", "IDR"), (r"MYR|ringgit|RM", "MYR"), (r"PHP|pesos?|₱", "PHP"),
    # (a capital letter alone is a currency only before a number with its scale: "P20.31 billion" in the Philippines or
    # Botswana, "N50 billion" in Nigeria)
    (r"(?-i:P)", "PHP"), (r"(?-i:N)", "NGN"),
    # ("K200 million": kwacha, kina or kip, by the deal's country — no sum when no country says which)
    (r"(?-i:K)", "KCUR"),
    (r"UGX|Ugandan shillings?", "UGX"), (r"TZS|Tanzanian shillings?", "TZS"), (r"GHS|cedis?", "GHS"),
    (r"ZMW|kwacha", "ZMW"), (r"AED|dirhams?", "AED"), (r"SAR|riyals?|rials?", "SAR"), (r"BRL|reais|R\$", "BRL"),
    (r"NT\$|NTD|New Taiwan dollars?", "TWD"), (r"AUD?\$|A\$", "AUD"), (r"C\$", "CAD"), (r"HK\$", "HKD"), (r"S\$", "SGD"), (r"NZ\$", "NZD"), (r"EC\$", "XCD"),
    (r"tenges?", "KZT"), (r"kyats?", "MMK"), (r"dinars?", "DINAR"),
    # ("500 billion soums", "11.5 billion patacas", "Kz 90 billion", "QR150 million")
    (r"so['u]ms?", "UZS"), (r"patacas?", "MOP"), (r"(?-i:Kz)", "AOA"), (r"(?-i:QR)", "QAR"),
    (r"(?-i:[A-Z]{3})", "ISO"),
]


# a currency's word several countries use ("Rs", "shillings", "pesos", "dinars"): the deal's country says which
# (one country of the deal, besides China, that uses the word); the code before is what news means most often
SHARED_CURRENCIES = [
    (r"Rs\.?|rupees?", {"PAK": "PKR", "IND": "INR", "NPL": "NPR", "LKA": "LKR", "MUS": "MUR", "SYC": "SCR"}),
    (r"Sh(?:s)?\.?|shillings?", {"KEN": "KES", "UGA": "UGX", "TZA": "TZS", "SOM": "SOS"}),
    (r"pounds", {"GBR": "GBP", "EGY": "EGP", "SDN": "SDG", "SSD": "SSP", "LBN": "LBP", "SYR": "SYP"}),
    (r"(?-i:P)", {"PHL": "PHP", "BWA": "BWP"}),
    (r"(?-i:K)", {"ZMB": "ZMW", "MWI": "MWK", "PNG": "PGK", "LAO": "LAK", "MMR": "MMK"}),
    (r"pesos?", {"PHL": "PHP", "MEX": "MXN", "COL": "COP", "ARG": "ARS", "CHL": "CLP", "URY": "UYU", "DOM": "DOP",
                "CUB": "CUP"}),
    (r"riyals?|rials?", {"SAU": "SAR", "QAT": "QAR", "OMN": "OMR", "YEM": "YER", "IRN": "IRR"}),
    (r"dirhams?", {"ARE": "AED", "MAR": "MAD"}),
    (r"CFA francs?|FCFA|CFAF", {c: "XAF" for c in ("CMR", "GAB", "COG", "TCD", "CAF", "GNQ")} |
     {c: "XOF" for c in ("BEN", "BFA", "CIV", "GNB", "MLI", "NER", "SEN", "TGO")}),
    (r"kwacha", {"ZMB": "ZMW", "MWI": "MWK"}),
    (r"dinars?", {"IRQ": "IQD", "DZA": "DZD", "TUN": "TND", "JOR": "JOD", "KWT": "KWD", "BHR": "BHD", "LBY": "LYD",
                  "SRB": "RSD"}),
]


_SCALE = {"thousand": 10 ** 3, "k": 10 ** 3, "million": 10 ** 6, "mn": 10 ** 6, "m": 10 ** 6, "mln": 10 ** 6,
          "billion": 10 ** 9, "bn": 10 ** 9, "b": 10 ** 9, "bln": 10 ** 9, "trillion": 10 ** 12, "crore": 10 ** 7, "lakh": 10 ** 5}


_CUR_BEFORE = "|".join(f"(?:{p})" for p, _ in CURRENCIES)


# ("US$50-million", "US$50-mln": the scale joined by a hyphen; "a 128.5-million-euro contract", "500M euro")
# (a comma inside a number before three digits only: not "In 2017, BT and Huawei …", a year and a firm)
_AMOUNT = re.compile(rf"(?<![A-Za-z])(?P<cur1>{_CUR_BEFORE})\s?(?P<n1>\d[\d,]*(?:\.\d+)?)(?:\s|-(?=[a-z]))?(?P<s1>thousand|million|billion|trillion|"
                     rf"crore|lakh|mln|bln|mn|bn|k|m|b)?\b|(?P<n2>\d+(?:,\d{{3}})*(?:\.\d+)?)[\s-]?(?P<s2>thousand|million|billion|trillion|"
                     rf"crore|lakh|mln|bln|mn|bn|m|b)?[\s-](?P<cur2>{_CUR_BEFORE})\b", re.I)


ORG_HEADS = (r"[Gg]overnment|Ministry|Ministère|Ministerio|Department|Authority|Commission|Committee|Agency|Council|Bank|Corporation|Company|"
             r"Group|Telecom|Telecommunications?|Technologies|Technology|University|Institute|Academy|Holdings?|Limited|"
             r"Ltd\.?|Inc\.?|Corp\.?|Co\.|Networks?|Communications|Mobile|Board|Office|Bureau|Administration|Directorate|"
             r"Foundation|Fund|Union|Organi[sz]ation|Enterprises?|Industries|Systems|Solutions|Services|Service|Cloud|Electric|Power|"
             r"Cent(?:re|er)(?=\s(?:for|of)\s)|"
             r"Exim|Eximbank|Cable|Satellite|Police|Treasury|Universidade|Universidad|Universiti|Universitas|Université")


# the head words of an event's name ("Mobile World Congress", "Digital Silk Road Forum")
EVENT_HEADS = r"Exhibition|Summit|Forum|Congress|Conference|Expo|Week|Fair|Festival|Show|Games|Olympics|Championships?"


# (and a place in brackets inside a firm's name: "Jinda Anbang (Beijing) Technology Development Co., Ltd")
_CAP = r"(?:[A-Z][\w'’&.-]*|of|and|for|the|de|du|des|la|el|&|\([A-Z][a-z]+(?:\s[A-Z][a-z]+)?\)(?=\s[A-Z]))"


_ORG_RE = re.compile(rf"\b(?:(?:[A-Z][\w'’&.-]*\s)(?:{_CAP}\s){{0,6}}(?:{ORG_HEADS})(?:(?<=\.)|\b)"
                     r"(?:\s(?:Company|Corporation)\b)?"  # ("… Joint Stock Limited Company")
                     # (after a legal form, "of China" says where the firm is, not which one it is; "the Zambian
                     # government for DTT": what it is for)
                     rf"(?:,?\s(?:Ltd|LTD|Limited|LIMITED)\b\.?|(?<!Ltd)(?<!Ltd\.)(?<!Limited)(?<!Inc)(?<!Inc\.)(?<!Co\.)(?<!Corp)(?<!Corp\.)(?<!government)"
                     rf"(?:\s(?:of|for)(?:\s(?:the\s)?[A-Z][\w'’&-]*(?:\s(?:and|&)\s[A-Z][\w'’&-]*)*)+)+)?|"
                     rf"(?:Ministry|Department|Bank|Authority|Commission|University|Cent(?:re|er)|Institute|Foundation)\s"
                     rf"(?:of|for|in\scharge\sof)\s"  # ("Ministry in charge of Digital Economy")
                     rf"(?:the\s)?[A-Z][\w'’&-]*"
                     rf"(?:\s(?:(?:and|&|of|for|the)\s)?[A-Z][\w'’&-]*)*|"
                     # an Indonesian firm by its legal form ("PT Fiber Optik Teknologi Indonesia", "PT Telkom Indonesia")
                     rf"PT\s[A-Z][\w'’&-]*(?:\s[A-Z][\w'’&-]*){{0,5}}(?:\sTbk\b\.?)?|"
                     # a university named head first in its own language ("Universidade Pedagógica", "Universidad de Chile")
                     rf"(?:Universidade|Universidad|Universiti|Universitas|Université)\s(?:(?:de|do|da|dos|das|del|des|du)\s)?"
                     rf"[A-Z][\w'’&-]*(?:\s(?:(?:de|do|da|del|e|y)\s)?[A-Z][\w'’&-]*)*)")


# "It will hand over the satellite to APT Satellite once in-orbit tests end": to whom the thing built goes
HANDED_TO = re.compile(r"\bhand(?:s|ed|ing)?\sover\s(?:(?:the|its|a)\s)?[^.;]{0,60}?\bto\s(?:the\s)?(?=[A-Z])|"
                       # ("It will be delivered to the Pakistan Space and Upper Atmosphere Research Commission")
                       r"\b(?:be|been|was|were|is|are)\s(?:delivered|handed\sover|transferred)\sto\s(?:the\s)?(?=[A-Z])")


# who holds office for a state, named by it ("President of Azerbaijan", "Prime Minister of Pakistan", "Vietnamese
# President", "Pakistan's Foreign Minister")
# (not a university's "Vice-Chancellor")
LEADER = (r"(?:President|Prime\sMinister|Premier|Vice\sPresident|Deputy\sPrime\sMinister|King|Emir|Crown\sPrince|"
          # ("met the Thai premier at Government House": the office in small letters after the state's word)
          r"(?<=[a-z]\s)(?:premier|prime\sminister)\b|"
          r"(?<!Vice-)(?<!Vice\s)Chancellor|"
          r"(?:Foreign|Finance|Information|Communications?|Digital|ICT|Telecom(?:munications)?|Technology|Economy|Trade|Interior)"
          r"\sMinister|Minister\sof\s[A-Z][\w-]*(?:\s(?:and\s)?[A-Z][\w-]*){0,3})")
# a meeting of such a leader and a firm: "… has met with Chairman of Huawei's Board …", "… called on Foreign Minister …"
# (tried only where a clause begins, after ".", ";" or at the start: from every position the look ahead would read the
# rest of the clause again, time growing with the square of a sentence's length)
MET_LEADER = re.compile(rf"(?:^|(?<=[.;]))(?=[^.;]*\b{LEADER}\b)[^.;]*?\b((?:has\s|have\s|had\s)?(?:met|meets|met\swith|called\son|"
                        rf"received|hosted|held\s(?:talks|a\smeeting)\swith))\s")


def _verb_forms(regular: str, doubled: str, irregular: str) -> frozenset[str]:
    """The forms a headline writes its verbs in, capitalised: each regular verb with -s and -ed ("Build", "Builds",
    "Signed"), the verbs that double their last letter ("Bagged", "Tapped"), and irregular forms as given."""
    out = set()
    for verb in regular.split():
        stem = verb[:-1] if verb.endswith("e") else verb
        ies = verb.endswith("y") and verb[-2] not in "aeiou"
        out |= {verb, verb[:-1] + "ies" if ies else verb + ("es" if verb.endswith(("sh", "ch", "x", "ss")) else "s"),
                verb[:-1] + "ied" if ies else stem + "ed"}
    for verb in doubled.split():
        out |= {verb, verb + "s", verb + verb[-1] + "ed"}
    out |= set(irregular.split())
    return frozenset(w.capitalize() for w in out)


# verbs a headline in title case writes with a capital, like the names about them ("ZTE Selected to Build …", "Huawei
# Bags Contract …", "Ethio Telecom Awards Huawei Contract"): never a word of a name there
HEADLINE_VERBS = _verb_forms(
    "sign ink award launch join secure clinch complete deliver unveil hire select name appoint contract task deploy "
    "supply upgrade expand inaugurate commission finance fund approve extend provide connect roll start eye mull forge "
    "acquire invest boost help install construct develop establish create receive pick seal agree partner team land",
    "bag tap plan",
    "build builds built buy buys bought lend lends lent sell sells sold choose chooses chose chosen win wins won get gets "
    "got strike strikes struck take takes taken lay lays laid give gives gave given begin begins began begun set sets")
