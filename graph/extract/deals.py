"""Where a sentence tells a deal: an arrangement's noun and something that happened to it; its kind,
its count when it is an aggregate, and whether a later sentence points back at it."""

from __future__ import annotations

import re

from .model import Candidate
from .parties import _STATED_ROLES, _is_demonym, _is_place
from .text import Sentence
from .vocabulary import (AWARDED, BUILT, FUND_TO_COME, HANDED_TO, HIRING, MADE_BY, MET_LEADER, MONEY_PUT, NUMBERS,
                         PAID_BY, SIGNED,
                         WILL_PROVIDE,
                         SIGNED_NOT_AGREED, SIGNED_OR_AWARDED_NOT_AGREED, SIGNED_WORD, WORKS, _AMOUNT, _BUILD_WORDS, _NOUN_RE, _NUM, _PROJECT_VERBS,
                         _REFER, _VERBS)


_HIRED = re.compile(rf"(?:\b({HIRING})\s(?:with\s)?(?:the\s)?"
                    r"(?:[a-z][\w-]*\s){0,3}[A-Z](?:[^.;]|\.(?=\s[a-z])){0,80}?|"  # (past "Corp. of Beijing")
                    # ("Huawei International, a company contracted to undertake the network expansion": the firm hired)
                    r"(?:\b[A-Z][\w-]+|\b(?:a|the)\s(?:[\w-]+\s)?(?:company|firm|contractor|consortium|vendor))\s"
                    r"(?:that\s|which\s)?(?:was\s|were\s|has\sbeen\s|had\sbeen\s)?(contracted|appointed|hired|commissioned))"
                    r"\s(?:to|for)\s(?:help\s(?:\w+\s)?|jointly\s)?"
                    # ("picked Huawei for its 4G rollout")
                    r"(?:the\s|its\s|their\s)?(?:[\w-]+\s){0,2}?"
                    r"(?:build|construct|undertake|deploy|supply|install|lay|upgrade|expand|provide|develop|"
                    r"operate|maintain|deliver|roll\sout|launch|implement|set\sup|modernise|modernize|replace|swap\sout|"
                    r"construction|installation|expansion|rollout|project|network|work|core|contract|deal|upgrade|supply|"
                    # ("Maxis has selected Huawei for rolling out its 5G network"; whole words: not "for developing talent")
                    r"building|constructing|deploying|supplying|installing|laying|upgrading|expanding|providing|"
                    r"rolling\sout|implementing|modernising|modernizing|development|deployment|implementation|supplies)\b")


# "has chosen Huawei as the vendor for its 5G core": a firm hired, named as what it will be
_CHOSEN_AS = re.compile(rf"\b({HIRING})\s(?:the\s)?(?:[A-Z][a-z]+\s(?:firm|company|vendor|operator|group|provider|giant)\s)?"
                        rf"[A-Z][\w&-]*(?:\s[A-Z][\w&-]*){{0,3}}\sas\s(?:the|its|their|a|an)\s"
                        r"(?:[\w-]+\s){0,2}?(?:vendor|supplier|contractor|partner|provider|builder)\b")


# "Telenor Hungary chose ZTE over two European bidders", "said it selected Huawei because of its credentials": a
# vendor chosen, told by why or over whom, without what it will do (not "selected Huawei for its annual award")
_CHOSEN_OVER = re.compile(r"\b(selected|chose|chosen|picked)\s(?:the\s)?(?:[A-Z][a-z]+\s(?:firm|company|vendor|group|giant)\s)?"
                          r"(?P<chosen>[A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,3})\s(?:because|over|ahead\sof|after\s(?:an?|the|its)\s"
                          r"(?:[\w-]+\s){0,2}?(?:tender|bid|bidding|evaluation|trials?|review))\b")


# a ban or restriction lifted, what it held back let go on: no deal, unless one is signed or awarded beside it
_BAN_LIFTED = re.compile(r"\b(?:lift(?:s|ed|ing)?|end(?:s|ed|ing)?|revok(?:e|es|ed|ing)|eas(?:e|es|ed|ing))\s(?:the|a|an|its|their)\s"
                         r"(?:[\w-]+\s){0,2}?(?:bans?|embargo(?:es)?|restrictions?|sanctions?)\b|"
                         r"\ballow(?:s|ed|ing)?\s(?:[\w-]+\s){1,10}?to\s(?:proceed|go\sahead|resume)\b", re.I)


_HYPOTHETICAL = re.compile(r"\b(?:could|might|(?<!\d\s)(?-i:may)(?!\s\d|\sbe\s(?:mentioned|noted|recalled|added))|would like to|(?:is|are|was|were) interested in|confident(?:\s(?:that|of))?|"
                           r"hopes? to|hoping to|wants? to|eyes?|eyeing|is said to be considering|(?:willing|ready|open|prepared)\sto|"
                           # ("a Congressional panel concluded that the two companies should be blocked from US contract
                           # deals": advice, nothing done)
                           r"should(?!\shave)|ought\sto|"
                           # ("In 2008, the government tried to contract with Cuba for RFID backed cards": an attempt)
                           r"tried\sto|attempted\sto|sought\sto|(?:is|are|was|were)\strying\sto|"
                           # ("We invite Huawei to cooperate with the Agency for …": an invitation, nothing agreed)
                           r"(?:invite|invites|invited|inviting|urge|urges|urged|urging)\s(?:[\w-]+\s){0,3}?to\s(?:cooperate|work|"
                           r"invest|join|partner|participate|take\spart)|"
                           # ("If Mexico accepts the loans, it would probably use equipment from … Huawei": a condition)
                           r"^If|would\s(?:probably|likely|possibly|presumably)|"
                           # ("Huawei currently has no plans to take a stake in Oi": none to come)
                           r"(?:has|have|had)\s(?:currently\s|now\s|yet\s)?no\s(?:plans?|intention)\sto|"
                           r"(?:does|do|did)\snot\s(?:plan|intend)\sto)\b",
                           re.I)


_VAGUE_COUNTERPART = re.compile(r"\b(?:agreements|deals|contracts|MoUs|partnerships)\s(?:\w+\s){0,3}?with\s(?:local|several|"
                                r"various|many|other|numerous|multiple|some)\s(?:[\w-]+\s){0,3}?(?:operators|companies|firms|"
                                r"partners|governments|carriers|institutions|universities)\b(?!,?\s(?:including|such\sas|namely)\s[A-Z])",
                                re.I)  # (not "… with other telecom companies, including Claro and Entel")


# "Huawei has signed 77 5G launch deals with mobile network operators around the world": a firm's record, told as
# a count of deals with whoever, anywhere
_WORLDWIDE = re.compile(r"\b(?:agreements|deals|contracts|MoUs|partnerships)\s(?:[\w-]+\s){0,3}?with\s(?:[\w-]+\s){0,3}?"
                        r"(?:operators|companies|firms|partners|governments|carriers|customers|clients)\s(?:around|across|all\sover)"
                        r"\sthe\s(?:world|globe)\b|\b(?:deals|contracts|agreements)\s(?:[\w-]+\s){0,6}?(?:worldwide|globally)\b")


# goods an acquisition is of: "the acquisition of a $300 million Chinese telecommunications satellite", "the acquisition by
# Cuba of new smart phone products" (words in small letters, a sum, or a people's word before the goods: not "the
# acquisition of Zentrix Systems", a firm)
_GOODS_BOUGHT = re.compile(
    r"\s(?:by\s(?:the\s)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*\s)?of\s(?:an?\s|the\s|new\s|more\s)?"
    r"(?:(?-i:[a-z$€£\d])[\w$€£.,'’-]*\s|(?-i:[A-Z][a-z]+(?:an|ese|ish))\s|(?:US|HK)\$[\d.,]+\s){0,5}?"
    r"(?-i:satellites?|equipment|systems?|servers?|terminals?|(?:smart\s?)?phones?|handsets?|products|devices|cameras|"
    r"base\sstations|radars?|rockets?|vehicles|drones|computers|laptops)\b")


# works done for many, told as a firm's record: "for projects overseas", "in projects around the world"
_FOR_PROJECTS_ABROAD = re.compile(r"\b(?:for|in|on)\s(?:(?:various|many|several|numerous|other|its|their)\s)?(?:[\w-]+\s)?projects\s"
                                  r"(?:overseas|abroad|worldwide|globally|around\sthe\s(?:world|globe)|all\sover\sthe\sworld|"
                                  r"in\s(?:more\sthan\s|over\s|some\s)?\d+\s(?:other\s)?countries)\b", re.I)


# equipment bought, or capacity, transit or bandwidth sold: what a contract is for ("a strategic subsea capacity and
# connectivity agreement", "The second agreement … is also for transit")
SERVICE_DEAL = re.compile(r"\b(?:equipment|(?<!skills\sand\s)capacity(?![\s-]build)|transit|bandwidth|wholesale|"
                          r"leas(?:e|es|ed|ing))\b|"  # (not "skills and capacity", "capacity building": training)
                          # ("Nepal Telecom and China Telecom signed a commercial agreement": a sale of service)
                          r"\bcommercial\s(?=agreements?\b|deals?\b|contracts?\b)", re.I)


# "- the 2006 agreement between Uzbektelecom and China Telecom;": an item of a list, a deal of its own
BULLET = re.compile(r"^[-•*–—·▪]\s")
# "The second agreement between TE and Hengtong …": one of several deals the article counted, told in turn
# (after an opening phrase of small words too: "In addition, the third agreement …", "Meanwhile, the second MoU …")
ORDINAL_DEAL = re.compile(r"^(?:(?-i:[A-Z][a-z]+)(?:\s(?-i:[a-z]+)){0,4},\s)?(?:The|Its|A)\s(?:first|second|third|fourth|fifth|"
                          r"sixth|seventh|last|final)\s(?:[\w-]+\s)?"
                          r"(?:agreement|deal|contract|MoU|memorandum|loan|accord|pact|partnership)\b", re.I)


# "Huawei and Safaricom have partnered to deploy 5G", "announced a partnership with Huawei to launch 5G trials",
# "tied up with MDEC to unveil …": a partnership and what it is for — a project (or training), though no
# arrangement is named
_PARTNERED = re.compile(r"\b(?:partner(?:ed|s|ing)?|team(?:ed|s)?\sup|tie[sd]?\sup|join(?:ed|s)?\s(?:hands|forces)|"
                        # ("Huawei and the Namangan Regional Administration agreed to establish an AI laboratory")
                        r"(?<=[A-Za-z]\s)agreed(?=\sto\s(?:jointly\s)?(?:establish|build|set\sup|develop|launch|deploy|create|open)\b)|"
                        r"collaborat(?:e|ed|es|ing)|cooperat(?:e|es|ed|ing)\swith(?!\seach\sother)|"
                        r"(?:announced|formed|entered\sinto|launched|forged|unveiled|struck)\s(?:a|an|the|their|its)\s"
                        r"(?:[\w-]+\s){0,2}?(?:partnership|cooperation)|in\s(?:a\s)?partnership|in\scooperation\swith)\b")
_WORKS_WITH = re.compile(r"\b(?:will\s|to\s|has\s|have\s)?(?:work(?:s|ed|ing)?\s(?:closely\s|together\s|jointly\s)?with|"
                         r"(?:is|are|was|were)\shelping)\s(?=(?:the\s)?(?-i:[A-Z]))")
_PURPOSE = re.compile(r"\b(?:to|will)\s(?:jointly\s|help\s|further\s)?(?P<verb>deploy|build|set\sup|roll\sout|launch|install|develop|open|"
                      r"construct|lay|establish|provide|offer|give|create|support|promote|bring|expand|upgrade|introduce|test|trial|unveil|"
                      r"invest|train)\b")
# "The government has worked with Huawei on the Konza data centre", "Zembla Telecom partnered with ZTE on the rollout of its
# fibre network": partners on a work the sentence names — a project (not "on AI-powered network management": a service)
_PARTNERED_ON = re.compile(r"\b(?:work(?:ed|s|ing)?|partner(?:ed|s|ing)?|collaborat(?:ed|es|ing)|cooperat(?:ed|es|ing)|"
                           r"team(?:ed|s)?\sup)\s(?:closely\s|together\s|jointly\s)?(?:(?:with\s|(?<=partnering\s)|"
                           r"(?<=partners\s))(?:the\s)?[A-Z][\w&'’.-]*(?:\s(?:[A-Z][\w&'’.-]*|of|and|&|for))*\s)?"
                           r"on\s(?:the\s|its\s|their\s|an?\s)?(?:(?!(?:to|for|and|with)\s)[\w'’-]+\s){0,5}?"
                           r"(?:(?:construction|building|deployment|installation|roll-?out|laying|upgrade|expansion)\sof\s(?:the\s|its\s|their\s|an?\s)?(?:[\w'’-]+\s){0,4}?)?"
                           rf"(?:{WORKS}|"
                           # ("Huawei is partnering Omantel and Ooredoo on 5G development in Oman")
                           r"(?<=\s)(?-i:[2-5]G|LTE)(?:\s(?:development|roll-?out|deployment|trials?|networks?))?)\b"
                           r"(?!\s(?:[a-z]+(?:ment|ing|tion|ance|ity|s)|service|quality|coverage|capacity|security|traffic|"
                           r"equipment|solution|design|performance)\b)")


def _partnered_on(s: Sentence) -> re.Match | None:
    """Partners on a work, both named ("A worked with B on …", "A and B collaborated on …") — not a firm alone ("Huawei
    works on networks in 170 countries") nor a refusal ("had refused to work with Huawei on its 5G network")."""
    m = _PARTNERED_ON.search(s.text)
    if m is None or not ("with" in m.group().split() or re.search(r"\s(?:and|&)\s", s.text[max(0, m.start() - 80):m.start()]) or
                         re.match(r"partner(?:s|ing)\s(?:the\s)?[A-Z]", m.group())):
        return None
    if re.search(r"\b(?:not|n['’]t|never|refus\w*|declin\w*|stopp?\w*|ceas\w*|banned|barred)\s(?:\w+\s){0,2}?(?:to\s)?$",
                 s.text[:m.start()], re.I):
        return None
    return m


# "The event also announced the cooperation between Saudi Arabia and the Chinese company OneMT": a partnership
# announced, for no purpose the sentence gives
# ("ZTE today announced partnerships with major carriers MTN and Ooredoo", "Huawei announced another partnership with …")
_ANNOUNCED_COOPERATION = re.compile(r"\b(?:announced|unveiled|formalized|formalised)\s(?:(?:the|their|its|a|another)\s(?:[\w-]+\s){0,2}?"
                                    r"(?:cooperation|partnership)|(?:[\w-]+\s)?partnerships)\s(?:between|with)\s"
                                    r"(?=(?:(?!\d)[\w-]+\s){0,3}?(?-i:[A-Z]))|"
                                    # ("ZTE and Telkom Indonesia announced a partnership on 5G": the two named before it)
                                    r"(?<=[\w.])\s(?:and|&)\s(?:the\s)?(?-i:[A-Z])[\w&'’.-]*(?:\s(?-i:[A-Z])[\w&'’.-]*){0,4}\s"
                                    r"(?:have\s|has\s)?(?:jointly\s)?(?:announced|unveiled|formali[sz]ed)\s(?:a|an|their)\s"
                                    r"(?:[\w-]+\s){0,2}?(?:partnership|alliance|collaboration)\s(?:on|in|for|to|around)\b")
# "launched its China Telecom Gulf unit in Riyadh last week, in partnership with the kingdom's biggest operator": a
# partnership, though no arrangement is named
_LAUNCHED_WITH = re.compile(r"\b(?:launched|opened|set\sup|established|unveiled|inaugurated)\s[^.;]{0,100}?\bin\s(?:a\s)?"
                            r"(?:partnership|cooperation|collaboration)\swith\s")
# "China Tower and Alibaba … formally established a strategic partnership on August 17": a partnership made, for no
# purpose the sentence gives (with one, "formed a partnership to deploy 5G", the project it is for); not two states'
# ties ("Zimbabwe and China formed a comprehensive strategic partnership": a diplomatic rank, no deal)
_FORMED_PARTNERSHIP = re.compile(r"\b(?:formed|established|forged|struck|formali[sz]ed|entered\sinto|"
                                 # ("Huawei and MTN Nigeria have extended their partnership on network modernisation")
                                 r"renewed|extended)\s(?:a|an|the|their)\s"
                                 r"(?!(?:[\w-]+\s){0,2}?(?:comprehensive|all-weather|all-round)\b)"
                                 r"(?:[\w-]+\s){0,2}?(?:partnership|alliance)\b|"
                                 # ("Huawei became a strategic partner of the Rwanda Information Society Authority")
                                 r"\bbec(?:ame|omes)\s(?:a|an|the)\s(?:[\w-]+\s){0,2}?partner\s(?:of|to|for)\s(?:the\s)?(?-i:[A-Z])")
# a thing paid for: "was financed by China's Exim Bank", "China Construction Bank is funding the project", "a Chinese bank
# bankrolling the scheme"; or a sum provided for it ("provided $100 million for the National Data Centre")
_PAID_FOR = re.compile(r"\b(?:financed|funded|bankrolled|financing|funding|bankrolling)\s(?:the|its|their|an?)\b|"
                       # (by someone named: not "among several infrastructure projects being funded by the Chinese")
                       r"\b(?:financed|funded|bankrolled)\sby\s(?:the\s)?(?!Chinese\b)(?-i:[A-Z])|"
                       r"\b(?P<sum>provided|provides|extended|extends)\s(?:an?\s|the\s)?(?:[\w$€£.,-]+\s){0,2}?\S*\d[\w$€£.,-]*"
                       r"(?:\s(?:million|billion|bn|m))?\s(?:dollars\s)?(?:to\s[^.;]{1,60}?\s)?for\s", re.I)
# money promised: "pledged … to provide 2 billion yuan in grant aid", "pledged $1 billion for …", "would provide up to $1
# billion in concessional financing"
_PLEDGED = re.compile(r"\b(?:pledged|pledges|promised|promises)\b(?=[^.;]{0,100}?\bto\s(?:provide|give|extend|offer|grant|lend|"
                      r"fund|finance|support)\b|\s(?:an?\s|the\s|up\sto\s)?(?:(?:US|HK|A)?\$|€|£|¥|RMB\s?|CNY\s?|USD\s?)?\d)|"
                      rf"\b{WILL_PROVIDE}(?=\s(?:[\w$€£.,-]+\s){{0,6}}?(?:in\s)?"
                      r"(?:grants?|aid|loans?|funding|financing|credit|assistance)\b)", re.I)
# "Huawei will invest $300 million in a cloud region", "plans to invest 1 billion dollars": money promised, no
# arrangement named — a pledge
_WILL_INVEST = re.compile(r"\b(?:will|(?:is|are)\s(?:set\s)?to|plans?\sto|planning\sto|pledged\sto|committed\sto|promised\sto|"
                          r"agreed\sto|(?<=said\sit\s)would|(?<=said\sthey\s)would)\s"  # ("said it would invest $400 million")
                          r"(?:also\s|further\s|jointly\s)?(invest)\b")
# "the announcement of a $32 million supply contract between ZTE and Afghan Telecom": a deal first told by who is in it
# (or by its year: "The 2017 MoU between Huawei and the ICT Authority is focused on training")
# (and one told first as "the": "The memorandum between Huawei and the Ministry of ICT of Kenya covers digital skills")
_A_DEAL_BETWEEN = re.compile(r"\b(?:[Aa]n?|(?:[Tt]he|[Ii]ts|[Tt]heir)\s(?:19|20)\d\d|^The)\s(?:[\w$€£.,-]+\s){0,5}?"
                             r"(?i:agreement|deal|contract|memorandum|MoU|accord|pact)\s"
                             r"(?i:of\sunderstanding\s)?(?:\([^)]*\)\s)?between\s(?:the\s)?[A-Z][^.;]{0,80}?\s(?:and|&)\s(?:the\s)?[A-Z]|"
                             # ("The satellite contract is between Belarus and China Aerospace Science and Technology Corporation")
                             r"\b(?i:agreement|deal|contract|memorandum|MoU|accord|pact)\s(?:is|was)\s(?:signed\s)?between\s(?:the\s)?"
                             r"[A-Z][^.;]{0,80}?\s(?:and|&)\s(?:the\s)?[A-Z]|"
                             # ("… was covered by the Memorandum of Cooperation between the Government of Serbia and Huawei":
                             # a document named by its title, its two sides after it)
                             r"\b(?:under|by|through|within|in|via)\sthe\s(?:[A-Z][\w-]*\s){0,4}?(?:Agreement|Memorandum|Contract|"
                             r"Accord|Pact|MoU|MOU)\s(?:of\s(?:Understanding|Cooperation|Co-operation|Agreement)\s)?(?:\([^)]*\)\s)?"
                             r"between\s(?:the\s)?[A-Z][^.;]{0,80}?\s(?:and|&)\s(?:the\s)?[A-Z]")
# "ZTE will supply equipment worth $75 million to Ethio Telecom": a sale of equipment, though no contract is named
# ("Huawei was the winner among three Chinese companies to provide $100 Million worth of equipment": it supplies)
_EQUIPMENT = (r"equipment|gear|systems?|hardware|terminals|handsets|cables?|products|solutions|cameras|base\sstations|antennas|"
              r"servers|routers|switches|smartphones|phones|technology|technologies")
_SUPPLIES = re.compile(rf"\b(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|sold|sells|delivered|shipped)\s"
                       rf"(?:[\w$€£.,-]+\s){{0,5}}?(?:{_EQUIPMENT})\b|"
                       # ("Huawei will supply Ethio Telecom with 4G base stations", "provide Telkom Kenya with a new core
                       # network": the buyer, then the goods)
                       rf"\b(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|equip(?:s|ped)?)\s(?:the\s)?(?-i:[A-Z])[\w&'’-]*"
                       rf"(?:\s(?-i:[A-Z])[\w&'’-]*){{0,4}}\swith\s(?:[\w$€£.,-]+\s){{0,3}}?(?:{_EQUIPMENT}|core\snetworks?|"
                       rf"networks?)\b|"
                       # ("The system includes 1,800 cameras supplied by Huawei": the goods, then their vendor)
                       rf"\b(?:{_EQUIPMENT})\s(?:[\w,-]+\s){{0,2}}?(?:supplied|provided|sold)\sby(?=\s(?:the\s)?(?-i:[A-Z]))")


# "Wind signs 5-year deal with Huawei, Sirti for 4G network", "signs 4G deal with Huawei for its core": a deal for a network
# (not "for cooperation", "for the development of …")
_FOR_A_NETWORK = re.compile(r"[^.;]{0,60}?\bfor\s(?:its\s|the\s|an?\s|their\s)?(?:[\w-]+\s){0,3}?(?:networks?|core|backbones?|"
                            r"roll-?out|expansion|upgrade|data\scent(?:re|er)s?|cables?)\b")


def _supplied_to(supplies: re.Match, sentence: str) -> bool:
    """Equipment supplied, sold or provided to a named firm, or supplied or sold for a project, a network or a system
    ("Huawei has supplied cameras for the safe city project", "Huawei has sold telecom equipment … to MTN Irancell") —
    not money provided for one ("will provide financing solutions for the PEACE project")."""
    verb, after = supplies.group(), sentence[supplies.end():]
    money = re.search(r"financ|fund|loan|credit|money", verb, re.I)
    if verb.endswith(" by"):  # (the goods of a work the sentence names: "The system includes 1,800 cameras supplied by …")
        return bool(re.search(rf"\b(?:{WORKS})\b", sentence, re.I))
    buyer = re.match(r"\S+\s(?:the\s)?(.+?)\swith\s", verb)
    if buyer and not money:
        # ("will supply Ethio Telecom with 4G base stations": the buyer named before the goods — not "an optical cable
        # line providing Myanmar with cables", a country served)
        return not _is_place(buyer[1])
    to_firm = re.match(r"[^.;]{0,60}?\bto\s(?:the\s)?(?!(?-i:[A-Z][a-z]+(?:an|ese|ish|i))\s(?-i:[a-z]))(?-i:[A-Z])", after)
    # ("supplied the equipment for Zembla Telecom's 4G network", "for the national backbone")
    for_work = re.match(rf"[^.;]{{0,60}}?\b(?:for|to)\s(?:the\s)?(?:[\w'’-]+\s){{0,4}}?(?:{WORKS}|programme)\b", after)
    # (goods delivered or shipped to a named firm: not "delivered over 10,000km of cable for projects overseas")
    # ("Huawei provided the technology for the Smart Zambia project": goods; not "will provide financing solutions for the
    # PEACE project", money)
    # (a work named, for what is provided: not "has provided ICT solutions for the country's major networks", words of a
    # firm's record)
    named_work = re.match(rf"[^.;]{{0,60}}?\bfor\s(?:the\s)?(?:(?-i:[A-Z])[\w'’-]*\s){{1,5}}(?i:{WORKS}|programme)\b", after)
    return bool(to_firm) or (bool(for_work) and not re.match(r"provid|deliver|ship", verb, re.I)) or \
        (bool(named_work) and re.match(r"provid|deliver|ship", verb, re.I) and not money)  # ("delivered 3,000km of … cable for Chile FOA Project")


# a deal that frames what a sentence tells ("Huawei will supply 4G equipment to Telkomsel under a US$50 million deal", "in a
# deal worth …", "Under the deal, …"): the supply is the deal, no other one
_FRAMES_IT = re.compile(r"(?:^|\b(?:under|in|as\spart\sof|through)\s)(?:an?|the|its|their)\s(?:[\w$€£.,-]+\s){0,4}?$", re.I)


# equipment bought from a firm: "Lakenet bought 5G equipment from Huawei", "purchased 2,000 cameras from Hikvision"
_BOUGHT_FROM = re.compile(rf"\b(bought|buys?|purchased|purchases?|ordered|orders|acquired)\s(?:[\w$€£.,-]+\s){{0,5}}?"
                          rf"(?:{_EQUIPMENT}|satellites?)"  # ("has agreed to buy a satellite from China Great Wall")
                          r"\sfrom\s(?:the\s)?(?-i:[A-Z])|"
                          # ("The government of Papua New Guinea has ordered a national fibre backbone network from Huawei
                          # Marine": a work ordered from its builder)
                          r"\b(ordered|orders|purchased)\s(?:[\w$€£.,-]+\s){0,5}?(?:networks?|backbones?|data\scent(?:re|er)s?)"
                          r"\sfrom\s(?:the\s)?(?-i:[A-Z])|"
                          # ("Kenya police buy Huawei surveillance system": a vendor's goods, named by the vendor)
                          # (works' goods, not a shopper's: not "to buy Huawei phones")
                          r"\b(bought|buys?|purchased|purchases?)\s(?:an?\s|the\s|new\s)?(?-i:[A-Z])[\w&-]+\s(?:[\w-]+\s){0,2}?"
                          r"(?:equipment|gear|systems?|hardware|cameras|base\sstations|antennas|servers|routers|switches)\b|"
                          # money spent on a vendor's goods, or paid to it for them ("Uganda police spend $126 million on
                          # CCTV from Huawei", "paid Huawei $126 million for CCTV cameras")
                          r"\b(sp[eo]nds?|spent|paid|pays?)\s(?:[\w$€£.,-]+\s){0,3}?on\s(?:[\w-]+\s){0,4}?(?:CCTV|"
                          rf"{_EQUIPMENT})\sfrom\s(?:the\s)?(?-i:[A-Z])|"
                          r"\b(paid|pays?)\s(?-i:[A-Z])[\w&-]+\s(?:[\w$€£.,-]+\s){1,4}?for\s(?:[\w-]+\s){0,4}?(?:CCTV|"
                          rf"{_EQUIPMENT})\b", re.I)


# "ZTE Corp. is the sole supplier for CSL", "Huawei supplies the PCCW-HKT core and radio networks": a supply
# relationship in force — a contract, operational
_SUPPLIER_OF = re.compile(r"\b(?:is|are|was|has\sbeen|remains|became)\s(?:also\s)?(?:(?:the|its|their)\s(?:(?:sole|main|primary|"
                          r"exclusive|principal|key|lead|largest|biggest|second|only|major)\s)?|"
                          # ("ZTE is also a key supplier to Zimbabwe's mobile operators Telecel and Econet")
                          r"an?\s(?:key|main|major|leading|principal)\s)(?:equipment\s|network\s|technology\s)?"
                          r"(?:supplier|vendor)\s(?:for|to|of)\s(?=[A-Z])|"
                          r"\bsupplies\s(?:the\s)?(?=[A-Z][\w-]*(?:\s[A-Z][\w-]*)*\s(?:[\w-]+\s){0,4}?networks?\b)")


# a scheme told where it runs, not a deal: "Huawei's Seeds for the Future Program is running in 22 countries across Africa"
_IN_MANY_COUNTRIES = re.compile(r"\b(?:in|across)\s(?:more\sthan\s|over\s|some\s|about\s)?\d+\s(?:other\s)?(?:countries|nations)\b")


# how money that pays for a work is told beside it: "using a $20.9 million loan from …", "with funding from …",
# "financed by a loan from …", "in form of preferential loans"
_PAID_WITH = re.compile(r"(?:\b(?:[Uu]sing|[Ww]ith|(?:financed|funded|paid\sfor)\sby|[Ii]n\s(?:the\s)?form\sof)\s"
                        r"(?:an?\s|the\s)?(?:[\w$€£.,%-]+\s){0,4}?)$")


# phrases that tell a deal by themselves, whatever else the sentence names (unless it is only hoped for): the pattern,
# the kind of deal, and how the match is read (which group names it, its status)
_TELLING_PHRASES = (
    # "President João Lourenço has opened the Chinese-built Integrated Centre for Public Security": built by China
    # (or by the firm that built it: "President Lungu commissioned the Huawei-built national data centre")
    (re.compile(r"\b(?:opened|inaugurated|launched|commissioned|unveiled)\s(?:the\s|a\s|its\s)?(?:new\s)?"
                rf"(?:Chinese|China|[A-Z][\w&]+)-(?i:{MADE_BY}|{PAID_BY})\b"), "project", {"status": "operational"}),
    # a vendor put in another's place: "Orange Belgium and Proximus decided to replace Huawei with Nokia as provider of radio
    # access network gear" — a contract with the new one (the old one no party of it)
    (re.compile(r"\b(?:decided|decides|agreed|agrees|plans?|planning|opted|opts|chose|will|is\sset|are\sset)\s(?:to\s)?"
                r"(replace|swap\sout)\s(?:the\s)?(?-i:[A-Z])[\w&-]*(?:\s(?-i:[A-Z])[\w&-]*){0,3}(?:['’]s\s(?:[\w-]+\s){0,5}?)?"
                r"\s?with\s(?:the\s)?(?:[\w-]+\s){0,3}?(?=(?-i:[A-Z]))"), "contract", {"group": 1}),
    # "IOH and Huawei have cut the ribbon on the Indonesian telco's Digital Intelligence Operations Centre": a thing put
    # into service
    (re.compile(r"\b(?:cut|cuts|cutting)\sthe\sribbon\s(?:on|at|for)\b"), "project", {"status": "operational"}),
    # "Dito Telecommunity is a consortium of Udenna Corp and China Telecom": a venture told by what it is
    (re.compile(r"\b(?:is|was)\s(?:a|the)\s(?:[\w-]+\s){0,2}?(consortium)\s(?:of|made\sup\sof|comprising|formed\sby|between)\s"
                r"(?:the\s)?(?=[A-Z][^.;]{0,80}?\s(?:and|&)\s(?:the\s)?[A-Z])"), "joint_venture", {"group": 1}),
    # "Huawei Marine was founded in 2008 as a joint venture with the British Global Marine": a venture told by its founding
    (re.compile(r"\b(?:founded|formed|established|set\sup|created|launched)\s(?:in\s(?:19|20)\d\d\s)?as\s(?:a|an)\s"
                r"(?:[\w-]+\s){0,2}?(joint\sventure)\s(?:with|between|of)\s(?=(?:the\s)?(?:[\w-]+\s){0,2}?[A-Z])"),
     "joint_venture", {"group": 1}),
    # "The Dito Telecommunity Corporation, which received its license …, is composed of China Telecom and Udenna
    # Corporation": a firm told by who makes it up (not "The board is composed of …": its people)
    (re.compile(r"\b(?:Corporation|Corp\.?|Company|Inc\.?|Ltd\.?|Limited|consortium|venture)\b(?:,[^.;]{0,80}?,)?\s(?:is|was)\s"
                r"(composed|made\sup|formed)\sof\s(?=(?:the\s)?[A-Z][^.;]{0,80}?\s(?:and|&)\s(?:the\s)?[A-Z])"),
     "joint_venture", {"group": 1}),
    # "took part on Sunday in an on-orbit delivery ceremony for Algeria's first communication satellite": a thing built,
    # handed over
    (re.compile(r"\b(?:delivery|handover|hand-over|handing-over|commissioning|inauguration)\s(?:ceremony|event)\s(?:for|of)\s"
                r"(?=(?:the\s)?(?:[\w'’-]+\s){0,6}?(?:satellites?|cables?|networks?|data\scent(?:re|er)s?|projects?|systems?|"
                r"towers|backbones?|platforms?)\b)"), "project", {"status": "operational"}),
    # a thing built by several, told by a copula: "The cable is a collaboration between Huawei Marine, Tropic Science, …"
    (re.compile(r"\b(project|cable|network|satellite|data\scent(?:re|er)|platform|system|centre|center|park)\s"
                r"(?:is|was|will\sbe)\s(?:a|an)\s(?:[\w-]+\s){0,2}?(?:collaboration|partnership|joint\s(?:project|"
                r"effort|undertaking|initiative))\s(?:between|of|among)\s(?=(?:the\s)?[A-Z])"), "project", {"group": 1}),
    # who builds a project, told by a copula: "The project's prime contractor is China Great Wall Industry Corp": hired
    # to build it
    # (and "The main contractor of the project is Huawei", "The … (EPC) contractor of this project was Huawei")
    (re.compile(r"(?:\b(?:prime|main|lead|general|principal|EPC|turnkey)\s|\(EPC\)\s|\b[Tt]he\s(?=(?:contractor|builder)\s"
                r"(?:of|for)\s))(contractor|builder)\s(?:(?:of|for)\s(?:the|this|that)\s(?:[\w-]+\s){0,4}?(?:project|network|"
                r"cable|system|satellite|backbone|cent(?:re|er)|link)\s)?(?:is|was|will\sbe|has\sbeen)\s(?=(?:the\s)?[A-Z])"),
     "contract", {"group": 1}),
    # … or told after it: "Huawei is the main contractor for the Lakeland e-government network"
    # (and with no word before it: "Huawei is the contractor for the National Data Centre")
    (re.compile(r"\b(?:is|was|will\sbe|has\sbeen|(?:served|serves|acted|acts|will\sserve|will\sact)\sas)\s(?:the\s)?"
                r"(?:(?:prime|main|lead|general|principal|EPC|turnkey|project)\s)?(contractor|builder)\s"
                r"(?:for|of|on)\s(?:the\s)?(?=(?:[\w$€£.,'’-]+\s){0,8}?(?i:project|network|cable|system|data\scent|satellite|backbone|"
                r"towers|platform))"), "contract", {"group": 1}),  # ("… for Phase Two of the National Optic Fibre Backbone")
    # a work or money offered, not yet agreed: "Huawei has offered to build a national data centre for …", "ZTE has
    # expressed interest in building the country's 5G network", "Huawei pitched its smart city solution to …", "is among
    # the bidders for", "is bidding for the contract", "presented a proposal to the ministry", "an offer by Huawei to
    # build the cable"
    (re.compile(r"\b(?:has\s|have\s|had\s)?(offered)\sto\s(?:build|construct|supply|finance|fund|lay|install|provide|set\sup|"
                r"deploy|develop|upgrade|invest|help\sbuild|buy|acquire)\b|"
                r"\bexpressed\s(?:its\s|their\s|an?\s|(?:strong|keen|great)\s)*(interest|intention|willingness|readiness)\s"
                r"(?:in|to)\s(?:build|construct|invest|financ|fund|lay|set(?:ting)?\sup|develop|deploy|supply|install)\w*"
                # (a work named: not "an interest in investing into Serbian Railways", nor "first expressed interest in
                # acquiring HKBN", a purchase's history)
                rf"(?=[^.;]{{0,60}}?\b(?:{WORKS}|5G|4G|data\scent(?:re|er)s?)\b)|"
                r"\b(pitched)\s(?:its|their|the|an?)\s(?:[\w-]+\s){0,3}?(?:solutions?|plans?|proposals?|systems?|technolog(?:y|ies)|"
                r"offer)\s(?:to|for)\b|"
                r"\b(?:is|are|was|were)\s(?:among\s(?:the\s)?(bidders)|(?:now\s|also\s)?(bidding))\s(?:for|to)\b|"
                # (not "submitted a proposal to parliament seeking approval for the loan": a government to its lawmakers)
                r"\b(?:presented|submitted|tabled|put\sforward)\s(?:a|an|its|their|the)\s(?:[\w-]+\s){0,3}?(proposals?|plans?)\s"
                r"(?:to|for)\b(?!\s(?:the\s)?(?:parliament|cabinet|congress|senate|assembly|lawmakers|legislature|council\sof\s"
                r"ministers|national\sassembly)\b)(?!\s(?:the\s)?(?-i:Parliament|Cabinet|Congress|Senate|National\sAssembly)\b)|"
                r"\b(?:an?|the|its)\s(?:[\w-]+\s)?(offer|proposal|bid)\s(?:by|from)\s(?:the\s)?(?=[A-Z])[^.;]{0,60}?\bto\s"
                r"(?:build|construct|supply|finance|fund|lay|install|provide|set\sup|deploy|develop|upgrade|buy|acquire)\b"),
     "proposal", {"status": "announced", "group": 0}),
    # a work a state kept a firm from doing: "Australia blocked Huawei from laying a submarine cable", "the Australian
    # government stepped in to block a plan … for the company to build a submarine cable" — a proposal, cancelled
    (re.compile(r"\b(?:block(?:ed|s)?|barr(?:ed|s)|prevent(?:ed|s)|stopp(?:ed|s)|bann(?:ed|s))\s(?:the\s)?(?-i:[A-Z])[\w&.'’-]*"
                r"(?:\s(?-i:[A-Z])[\w&.'’-]*){0,3}\sfrom\s(?:building|laying|supplying|installing|deploying|constructing|"
                r"bidding|running|operating)\b|"
                r"\b(?:block|blocked|blocking|scuttled?|derail(?:ed)?|torpedo(?:ed)?)\s(?:a|the|its)\s(?:[\w-]+\s)?"
                r"(?:plan|bid|proposal|offer)\b(?=[^.;]{0,80}?\bto\s(?:build|lay|supply|install|construct|buy|acquire)\b)"),
     "proposal", {"status": "cancelled"}),
    # a network run for its owner under a deal: "Huawei has been operating the network since 2012 under a managed services
    # deal"
    (re.compile(r"\b(?:operat(?:es|ed|ing)|manag(?:es|ed|ing)|maintain(?:s|ed|ing)|runs|running)\s(?:the\s|its\s|"
                r"(?-i:[A-Z])[\w&-]*['’]s\s)?(?:[\w-]+\s){0,3}?(?:networks?|systems?|data\scent(?:re|er)s?|cables?)\b[^.;]{0,60}?"
                r"\bunder\s(?:an?|the)\s(?:[\w-]+\s){0,3}?(contract|deal|agreement)\b"), "contract",
     {"group": 1, "status": "operational"}),
    # a deal told by what its parties will do under it: "According to their Memorandum of Understanding (MoU), both Telekom
    # Malaysia and ZTE will collaborate on 5G"
    (re.compile(r"\b(?:[Aa]ccording\sto|[Uu]nder)\s(?:their|the)\s(Memorandum\sof\sUnderstanding|MoU|MOU|memorandum)"
                r"(?:\s\([^)]{1,10}\))?,\s(?:both\s)?(?=(?:the\s)?[A-Z][^.;]{0,80}?\s(?:and|&)\s(?:the\s)?[A-Z][^.;]{0,80}?\s"
                r"(?:will|would|are\sto|agreed\sto|have\sagreed\sto)\s)"), "mou", {"group": 1, "status": "signed"}),
    # a meeting held to talk of a work: "Officials from Huawei met the Minister of ICT to discuss the construction of a data
    # centre"
    # (and "met up with Alibaba's Vice President, Liu Song, in Hangzhou, where they discussed …")
    (re.compile(r"\b(met)\s(?:up\s)?(?:with\s)?(?:the\s)?(?=[A-Z])[^.;]{0,80}?(?:\bto\s(?:discuss|explore|review)\b|"
                r",?\s(?:where|during\swhich|at\swhich)\s(?:they|the\stwo\s(?:sides|parties))\s(?:discussed|explored|reviewed)\b)"),
     "talks", {"group": 1, "noun": "meeting"}),
)


# money put into a firm, a stake bought: "Ant Financial ploughed $200m into Kakao Pay", "Alibaba invested $50 million in
# Orion Pay", "Alibaba led a $1.1 billion funding round in Tokopedia" (the firm's name right after it; the verb the first group)
_MONEY_INTO = (
    re.compile(rf"\b({MONEY_PUT})\s(?:a\sfurther\s|another\s|an\sadditional\s|a\stotal\sof\s)?"
               rf"(?:about\s|some\s|around\s|nearly\s|almost\s|more\sthan\s|over\s|roughly\s)?(?:{_AMOUNT.pattern})"
               rf"(?:\s\([^()]{{1,30}}\))?\s(?:in|into)\s(?:the\s)?(?=(?-i:[A-Z]))", re.I),
    re.compile(rf"\b(led|co-led|joined)\s(?:an?|the)\s(?:{_AMOUNT.pattern})\s(?:[\w-]+\s)?(?:funding|financing|investment|"
               rf"Series\s[A-F])\sround\s(?:in|for|of|into)\s(?:the\s)?(?=(?-i:[A-Z]))", re.I),
)


def _money_into_a_firm(sentence: str) -> re.Match | None:
    """The match of money put into a firm ("ploughed $200m into Kakao Pay"); None when what the money went into is a
    place ("invested $50 million in Kenya") or a work ("in the Kumul cable")."""
    for rx in _MONEY_INTO:
        for m in rx.finditer(sentence):
            name = re.match(r"[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4}", sentence[m.end():])
            words = name.group().rstrip(".,").split()
            after = sentence[m.end() + name.end():m.end() + name.end() + 30]
            if _is_place(" ".join(words)) or (len(words) == 1 and _is_place(words[0])) or \
                    re.match(rf"\s(?:[\w-]+\s)?(?:{WORKS}|projects?|programmes?|programs?|sectors?|industry|market)\b", after, re.I) \
                    or re.match(r"\s(?!(?:in|for|to|at|on|last|this|from|as|and|with|which|who|that|earlier|over|during|since|"
                                r"after|before|through|via|alongside|together|under|by)\b)[a-z]", after):
                continue  # ("invested $2 billion in Kenya", "in the Kumul Submarine Cable project", "in Cloud infrastructure":
                # no firm's stake)
            if re.fullmatch(r"\s*(?:(?:The|This|That|Its|Their)\s(?:[\w-]+\s)?(?:firm|company|group|giant|operator|carrier|bank|"
                            r"fund|investor)|It|They|He|She)\s(?:(?:also|has|had|have|then|later|recently|previously)\s)*",
                            sentence[:m.start()]):
                continue  # ("The firm invested $500 million in Medallion Communications": the deal a sentence before told
            return m
    return None


# a named work and the firm that made it, in a clause after its name: "The ECU 911 service, developed by CEIEC, integrates …",
# "the Smart Kigali initiative, supported by Huawei" (the work's own name in capitals: not "the system, built by Huawei," a
# work told before; and not "introduced by", which reads as announced) — a project when the sentence tells no other deal
_WORK_MADE_BY = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s(?:(?-i:[A-Z])[\w'’-]*\s|\d+\s){1,5}(?:[Pp]roject|[Ss]ystem|[Ss]ervice|"
                           r"[Ii]nitiative|[Nn]etwork|[Cc]able|[Pp]latform|[Cc]ent(?:re|er)|[Pp]rogramme|[Pp]rogram)"
                           r"(?:\s\([A-Z0-9-]{2,8}\))?,\s(?:which\s(?:was|is|has\sbeen)\s)?(developed|designed|built|constructed|"
                           r"implemented|installed|deployed|supported|supplied|powered|set\sup)\sby\s(?:the\s)?(?=(?-i:[A-Z]))")


def _bought_place(m: re.Match, sentence: str) -> bool:
    """"Hengtong will buy the crossing Egypt fiber": what is bought is named by a place (capacity through a country),
    not a company; "to buy Ooredoo SIM cards": a firm's goods."""
    if not re.match(r"(?:bought|buys?|buying)$", m.group(), re.I):
        return False
    word = re.match(r"\s(?:(?:a|an|the|its|their|out)\s)?(?:[\w%.,$-]+\s){0,3}?([A-Z][\w-]*)", sentence[m.end():])
    if word and _GOODS.match(sentence, m.end() + word.end()):
        return True  # "People wait to buy Ooredoo low-priced SIM card": a firm's goods, not the firm
    # (not "bought Malaysian fibre operator Fiberail": a people's word before the firm it describes)
    return bool(word) and _is_place(word[1]) and not re.match(
        r"\s(?:[a-z][\w-]*\s){0,3}(?:operator|firm|company|carrier|group|provider|maker|builder|business|start-?up|unit)\s[A-Z]",
        sentence[m.end() + word.end():])


# what shoppers buy of a firm: its goods, not its shares ("to buy Ooredoo low-priced SIM cards", "buy Huawei phones")
_GOODS = re.compile(r"['’]?s?\s(?:[\w-]+\s){0,2}?(?:SIM|cards?|phones?|handsets?|smartphones?|bundles?|airtime|tickets?|"
                    r"devices?|gadgets?|laptops?|routers?|products?|plans?|packages?|systems?|equipment|cameras|gear|servers)\b")


def _told_by(kind: str, s: Sentence, m: re.Match, text: str, noun: str | None = None, group: int = 0,
             status: str | None = None) -> Candidate:
    """A candidate of ``kind`` read from one match in the sentence (its words the kind's evidence, and the
    status's when the match says it)."""
    c = Candidate(kind, status=status, noun=m.group(group) if noun is None else noun)
    c.sentences.append(s)
    c.note("kind", s.start + m.start(group), s.start + m.end(group), text)
    if status:
        c.note("status", s.start + m.start(group), s.start + m.end(group), text)
    return c


# how a page cites itself or another ("Citation: … retrieved 25 April 2024 from https://…", "Read more: …"): no deal told
_CITATION = re.compile(r"^\s*(?:Citation|Cite\sthis|Read\smore|Related|See\salso)\s*:|\bretrieved\s[^.;]{0,40}?\sfrom\shttps?://", re.I)


# a list of fields a deal covers ("cooperation documents covering investment, finance and e-commerce"): money among its
# topics, no loan
_TOPICS_BEFORE = re.compile(r"\b(?:covering|including|such\sas|(?:in|on)\s(?:the\s)?(?:areas?|fields?|sectors?)\s(?:of|such\sas)|"
                            r"ranging\sfrom)\s(?:[\w-]+,?\s(?:and\s)?){0,6}$", re.I)


def _deal(s: Sentence, text: str) -> Candidate | None:
    """A candidate when the sentence names an arrangement and something that happened to it (or is
    one of several deals told in turn: "The second agreement …")."""
    if _CITATION.search(s.text):
        return None  # 'Citation: China Mobile to take stake in Thailand's True (2014, June 9) retrieved … from https://…'
    if re.match(r"(?:If|Unless|Should)\s[^,]{3,80},", s.text):
        return None  # "If Mexico accepts the loans, it would probably use equipment from … Huawei": a condition, nothing done
    hypothetical = _HYPOTHETICAL.search(s.text)
    arrangements = [(m, _kind_of(m)) for m in _NOUN_RE.finditer(s.text)]
    if _FOR_PROJECTS_ABROAD.search(s.text) and all(k in (None, "project") for _, k in arrangements):
        return None  # "Hengtong has now delivered over 10,000km of submarine optical cable for projects overseas": its record
    named = {k for _, k in arrangements}  # the kinds of the arrangements the sentence names
    supplier_of = _SUPPLIER_OF.search(s.text)
    if supplier_of and not _NOUN_RE.search(s.text, 0, supplier_of.start()) and not hypothetical:
        return _told_by("contract", s, supplier_of, text, noun=supplier_of.group().split()[-2], status="operational")
    for phrase, kind, how in () if hypothetical else _TELLING_PHRASES:
        told = phrase.search(s.text)
        if told:
            return _told_by(kind, s, told, text, **how)
    made = None if hypothetical else _WORK_MADE_BY.search(s.text)
    if made and named <= {None, "project"} and not re.search(rf"\b(?:{SIGNED}|{AWARDED}|lent|lends|lend|loaned|financed|funded)\b",
                                                              s.text, re.I):
        return _told_by("project", s, made, text, group=1)
    staked = None if hypothetical else _money_into_a_firm(s.text)
    if staked and named <= {None, "project"}:
        return _told_by("acquisition", s, staked, text, group=1, status="completed")
    partnered = _PARTNERED.search(s.text)
    purpose = _PURPOSE.search(s.text, partnered.end()) if partnered else None
    if purpose is None and (working := _WORKS_WITH.search(s.text)):
        # ("ZTE will work with Zimbabwe's TelOne to expand its backbone fibre network", "ZTE is helping TelOne to upgrade
        # its network": partners on a work the purpose names)
        purpose = _PURPOSE.search(s.text, working.end())
        if purpose and purpose.start() - working.end() < 80 and re.match(
                rf"\s(?:(?:the|its|their|an?)\s|(?-i:[A-Z])[\w-]+['’]s\s)?(?:[\w'’-]+\s){{0,4}}?(?:{WORKS})\b",
                s.text[purpose.end():]) and re.fullmatch(r"build|construct|deploy|install|lay|roll\sout|expand|upgrade|set\sup",
                                                         purpose["verb"]):
            partnered = working
        else:
            purpose = None
    supplies = _SUPPLIES.search(s.text)
    bought = _BOUGHT_FROM.search(s.text)
    if bought and not hypothetical and named <= {"project", "financing", "acquisition"}:
        # ("Lakenet bought 5G equipment from Huawei": a sale, a contract)
        return _told_by("contract", s, bought, text, group=bought.lastindex)
    framing = {k for m, k in arrangements if k == "agreement" and _FRAMES_IT.search(s.text[:m.start()])}
    if supplies and not hypothetical and named - framing <= {"project", "financing"} and (_AMOUNT.search(s.text) or
                                                                                        _supplied_to(supplies, s.text)):
        return _told_by("contract", s, supplies, text)  # ("Huawei has supplied cameras for the safe city project in Lahore")
    contract = _NOUN_RE.search(s.text, supplies.end()) if supplies else None
    if contract and _kind_of(contract) == "contract" and not hypothetical and not _VERBS.search(s.text):
        return _told_by("contract", s, contract, text)  # "ZTE will supply the radio network under a $30 million contract"
    if purpose and not hypothetical and named <= {"project"} and purpose.start() - partnered.end() < 120:
        learning = purpose["verb"] == "train" or re.search(r"\b(?:train|skill|upskill|student|learn|course|scholar|educat|academ)",
                                                           s.text[purpose.start():], re.I)
        return _told_by("training_programme" if learning else "project", s, partnered, text)
    on_work = _partnered_on(s)
    if on_work and not hypothetical and named <= {"project"}:
        return _told_by("project", s, on_work, text)  # ("has worked with Huawei on the Konza data centre")
    announced = _ANNOUNCED_COOPERATION.search(s.text) or _LAUNCHED_WITH.search(s.text)
    if announced and not hypothetical and named <= {"project"}:
        return _told_by("other", s, announced, text, noun="cooperation")
    formed = _FORMED_PARTNERSHIP.search(s.text)
    if formed and not hypothetical and named <= {"project"}:
        return _told_by("other", s, formed, text, noun="partnership")
    invests = _WILL_INVEST.search(s.text)
    if invests and _AMOUNT.search(s.text, invests.end()) and not hypothetical and named <= {"project"}:
        # ("… will invest $500 million in cloud services in a partnership with …": a project of partners)
        return _told_by("project" if partnered else "pledge", s, invests, text, group=1, status="announced")
    pledged = _PLEDGED.search(s.text)
    if pledged and not hypothetical and _AMOUNT.search(s.text) and not SIGNED_WORD.search(s.text) and \
            named <= {"talks", "financing", "project", None}:  # (a sentence that names a loan is read as a loan's)
        # ("Xi Jinping pledged during talks with Hun Sen … to provide 2 billion yuan in grant aid", "China would provide up to
        # $1 billion in concessional financing for …": money promised — not the talks, not a loan signed)
        return _told_by("pledge", s, pledged, text, status="announced")
    met = MET_LEADER.search(s.text)
    if met and not hypothetical and not _NOUN_RE.search(s.text):
        # "President of Azerbaijan Ilham Aliyev has met with Chairman of Huawei's Board of Directors Liang Hua in Beijing":
        # talks of a state's leader and a firm (kept only when both sides are named)
        return _told_by("talks", s, met, text, group=1, noun="meeting")
    ceremony = re.search(r"\b(?:a|the)\s(?:[\w-]+\s)?signing\sceremony\s(?:with|between)\s(?=[A-Z])", s.text)
    if ceremony and named <= {None, "project"} and not hypothetical:
        # ("The announcement follows a signing ceremony with APT Satellite Company Limited": something signed with it)
        return _told_by("other", s, ceremony, text, noun="agreement", status="signed")
    chosen = _CHOSEN_OVER.search(s.text)
    if chosen and _is_place(chosen["chosen"]):
        chosen = None  # ("the company chose Indonesia because it is one of the fastest growing markets": a market, no vendor)
    hired = _HIRED.search(s.text) or _CHOSEN_AS.search(s.text) or chosen
    whom = re.match(r"\s(?:the\s)?([A-Z][\w-]*(?:\s[A-Z][\w-]*)*)(?=\s(?:as|for|to)\s|[,.;])", s.text[hired.end(1):]) \
        if hired and hired.group(1) else None
    if whom and _is_place(whom[1]) and not _is_demonym(whom[1].split()[0]):
        hired = None  # ("Belgacom has chosen Brussels as the venue for its 5G launch": a place, no one hired)
    if hired and re.search(r"\b(?:operators|companies|firms|carriers|countries|governments|telcos|networks)\s(?:\w+\s){0,2}$",
                           s.text[:hired.start()]):
        hired = None  # ("A lot of European operators have already chosen Huawei for their 5G rollout": whoever, a trend)
    verb = _VERBS.search(s.text) or hired or ORDINAL_DEAL.match(s.text) or \
        (BULLET.match(s.text) and re.search(r"\b(?:between|with)\s", s.text)) or \
        _A_DEAL_BETWEEN.search(s.text)  # "- the 2006 agreement between A and B"; "… of a $32 million contract between A and B"
    if verb is None:
        return None
    nouns = list(arrangements)
    nouns = [(m, k) for m, k in nouns if k and not (
        k == "training_programme" and (not re.search(r"train|skill|educat|course|scholar|intern|academ|Seeds\sfor\sthe\sFuture",
                                                      s.text, re.I) or _IN_MANY_COUNTRIES.search(s.text)))]
    nouns = [(m, k) for m, k in nouns if not (k == "acquisition" and re.match(
        r"\s(?:[\w-]+\s){0,3}?(?:contracts?|orders?|deals?|tenders?)\b", s.text[m.end():]))]  # "acquired … contracts": won
    nouns = [(m, k) for m, k in nouns if not (k == "acquisition" and _bought_place(m, s.text))]
    # ("CASC's target to acquire 10% market share in the communications satellite market": a share of sales, no company)
    nouns = [(m, k) for m, k in nouns if not (k == "acquisition" and re.match(r"\s(?:an?\s|the\s)?(?:[\w%.,-]+\s){0,2}?"
                                                                           r"(?:market\sshare|share\sof\sthe\s(?:[\w-]+\s){0,3}?"
                                                                           r"market)\b", s.text[m.end():]))]
    # ("for which the operator has acquired spectrum": a licence, no company)
    nouns = [(m, k) for m, k in nouns if not (k == "acquisition" and re.match(
        r"\s(?:the\s|its\s|new\s|more\s|additional\s)?(?:[\w-]+\s)?(?:spectrum|licen[cs]es?|frequenc(?:y|ies)|rights|permits?|land|"
        r"customers|subscribers|users|skills|experience|knowledge|"
        # ("Etecsa will acquire Huawei phones": goods bought, no company)
        r"phones|smartphones|handsets|devices|equipment|cameras|terminals|servers|routers)\b"
        r"(?!\s(?:makers?|compan(?:y|ies)|firms?|vendors?|providers?|manufacturers?|suppliers?|group|business))",
        s.text[m.end():]))]  # (not "to acquire US equipment maker 3Com": a company)
    # ("The supply contract between HMN Tech and the consortium came into force": a party, the buyers of the contract)
    nouns = [(m, k) for m, k in nouns if not (k == "joint_venture" and m.group().lower() == "consortium" and re.search(
        r"\b(?:with|and|between|by|to|for)\s(?:the|a|an)\s(?:[\w-]+\s)?$", s.text[:m.start()]) and
        any(j in ("contract", "loan", "mou", "agreement") for _, j in nouns))]
    # ("a loan … to Star Times and Burundi state TV as a joint venture": what the borrowers are; "a contract … financed by
    # the sale of non-core assets": how it is paid for)
    nouns = [(m, k) for m, k in nouns if not (k == "joint_venture" and re.search(r"\bas\s(?:an?|the|their)\s$", s.text[:m.start()])
                                              and any(j in ("loan", "contract") for _, j in nouns))]
    nouns = [(m, k) for m, k in nouns if not (k == "acquisition" and re.search(
        r"\b(?:financed|funded|paid(?:\sfor)?|proceeds)\s(?:by|through|with|from|of)\s(?:the\s)?$", s.text[:m.start()]))]
    # ("signed a contract for the acquisition of communication satellite PakSat-MM1": a purchase contract, not a takeover)
    nouns = [(m, k) for m, k in nouns if not (k == "acquisition" and re.search(
        r"\b(?:contract|agreement|deal)\sfor\sthe\s$", s.text[max(0, m.start() - 30):m.start()], re.I) and re.match(
        r"\s(?:of\s)?(?:an?\s|the\s)?(?:[\w-]+\s){0,2}?(?:satellites?|equipment|systems?|cables?|servers?|terminals?)\b",
        s.text[m.end():], re.I))]
    # (nor "paves the way for the acquisition of a $300 million Chinese telecommunications satellite", "the acquisition by
    # Cuba of new smart phone products": goods bought, whatever the deal that buys them)
    goods = [(m, k) for m, k in nouns if k == "acquisition" and re.fullmatch(r"acquisition", m.group(), re.I) and
             _GOODS_BOUGHT.match(s.text, m.end())]
    nouns = [(m, k) for m, k in nouns if (m, k) not in goods]
    # ("… signed a $250-million agreement … to build and launch the satellite, using a Chinese loan": what pays for the
    # deal told, not the deal — but a loan "funded through" or "financed by" is one annotators record)
    nouns = [(m, k) for m, k in nouns if not (k in ("loan", "financing") and any(j not in ("loan", "financing") for _, j in nouns)
                                              and re.search(r"\busing\s(?:an?|the)\s"
                                                            r"(?:[\w-]+\s){0,2}?$", s.text[:m.start()]))]
    # ("The contract between SCO and China Telecom was signed in June 2010, following an MoU signed in 2007": the deal
    # before it, not this one)
    # ("Following an MoU signed in 2007, SCO and China Telecom signed a contract": likewise)
    # (a deal told with its own signing: not "after the Chinese internet giant acquired Daraz", "two years after the
    # contract was formally signed")
    before_it = [bool(re.search(r"\b(?:[Aa]fter|[Ff]ollowing|replacing|succeeding|superseding)\s(?:an?|the|its|their)\s"
                                r"(?:(?!(?:and|or|to|that|which)\s)[\w$€£.,-]+\s){0,2}?$", s.text[:m.start()]) and
                      re.match(r"s?\s(?:(?:that|which)\s(?:was|were|had\sbeen)\s)?(?:signed|inked|sealed|concluded)\b",
                               s.text[m.end():])) for m, _ in nouns]
    if any(not earlier and k != "project" for (_, k), earlier in zip(nouns, before_it)):  # (another deal told)
        nouns = [x for x, earlier in zip(nouns, before_it) if not earlier]
    nouns = [(m, k) for m, k in nouns if not _KEPT_FROM.search(s.text[:m.start()])]  # ("to prevent Huawei from winning
    # the contract": the deal no one got)
    borrow = re.search(r"\b(?:seek(?:s|ing)?|plans?|planning|wants?|intends?|looking|asked|asks|applied|applies)\s"
                       r"(?:to\s(?:borrow|take\sout\sa\sloan)|for\sa\s(?:\w+\s)?loan)\b", s.text, re.I)
    if borrow:  # "Uganda is seeking to borrow USh550 billion from Chinese Exim Bank": a loan asked for, not yet granted
        return _told_by("proposal", s, borrow, text)
    lend = re.search(r"\b(?:lend|lends|lent|lending|loaned|borrow|borrows|borrowed|(?:has|have|had)\s(?:already\s)?lined\sup|"
                     # ("China Exim Bank disbursed $50 million to Cameroon for the fibre backbone": a bank's money paid out)
                     r"(?<=\b(?:Bank|Exim)\s)(?:[^.;]{0,30}?\s)?(?:has\s|have\s|had\s)?disbursed)\b",
                     s.text, re.I)  # ("ZTE has already lined up $25 billion from the China Development Bank and …")
    # "Exim Bank will lend $150 million to Ghana", "the government will borrow $95.5 million from China's Exim Bank":
    # a loan, unnamed
    if not nouns and lend and _AMOUNT.search(s.text) and not hypothetical:
        return _told_by("loan", s, lend, text)
    if not nouns and hired:  # "NetOne contracted Nokia and Huawei to undertake the project": a contract, unnamed
        return _told_by("contract", s, hired, text, group=1 if hired.group(1) else 2)
    ordinal = ORDINAL_DEAL.match(s.text)
    if not nouns and ordinal:  # "The third partnership, signed with …": one of the deals counted before
        c = Candidate("other", noun=ordinal.group().split()[-1])
        c.sentences.append(s)
        c.note("kind", s.start + ordinal.end() - len(c.noun), s.start + ordinal.end(), text)
        return c
    if not nouns:
        return None
    counted = [(m, k) for m, k in nouns if k not in ("training_programme", "proposal", "talks", "project", "financing")
               and _count_before(s.text, m)]  # an aggregate counts agreements, not the networks they build
    # "signed 6 agreements of cooperation, including … The Memorandum on …": the count tells the arrangement
    m, kind = min(counted or nouns, key=lambda n: (_PRIORITY.index(n[1]), n[0].start()))
    # ("signed an agreement on the sidelines of a meeting between …", "The agreement was signed on the sidelines of …")
    signed = re.search(rf"\b(?:{SIGNED})\s(?:\w+\s){{0,3}}?(?:agreements?|accords?|deals?|pacts?)\b|"
                       r"\b(?:agreements?|accords?|deals?|pacts?|documents?|memo|memorandum|MoUs?)\s(?:was|were|has\sbeen|had\sbeen)\s"
                       r"(?:signed|inked|sealed)\b", s.text, re.I)
    signed_noun = next(((n, k) for n, k in nouns if k not in ("talks", "proposal") and n.start() >= signed.start()),
                       None) if signed else None
    if kind in ("talks", "proposal") and signed_noun:  # "signed an agreement on the sidelines of a meeting between …", "The
        m, kind = signed_noun  # document was signed during a meeting between …"
    elif kind == "talks" and re.search(r"\bsigning\s(?:ceremony|of)\b", s.text, re.I):
        kind = "agreement"  # "… attend a signing ceremony following their talks": something was signed
    negotiating = re.search(r"\b(?:(?:been|are|is|were|was)\snegotiating|negotiat(?:ed|es)|in\snegotiations?)\s(?:on\s|over\s|for\s)?"
                            r"(?:a|an|the)\s(?:[\w-]+\s){0,2}?(?:deal|agreement|contract|loan|accord)\b", s.text, re.I)
    if negotiating and not re.search(rf"\b(?:{SIGNED}|{AWARDED})\b", s.text, re.I):
        m, kind = negotiating, "talks"  # "Iran and China have been negotiating a deal": talks, nothing signed yet
    talks = next((n for n, k in nouns if k == "talks"), None)
    if talks and (kind in ("contract", "agreement", "project", "financing") or
                  # ("are in talks on a framework agreement for 5G", "held talks on a $100 million loan": to come)
                  (kind in ("joint_venture", "framework_agreement", "mou", "loan") and talks.start() < m.start() and
                   (kind == "joint_venture" or re.search(r"\b(?:talks|discussions|negotiations)\s(?:on|about|over|for)\s"
                                                         r"(?:an?|the|a\snew)\s", s.text[talks.start():m.start()])))) and \
            not re.search(rf"\b(?:{SIGNED}|{AWARDED})\b", s.text, re.I):
        m, kind = talks, "talks"  # "Zambia is in talks with the Chinese government to supply … the tender": talks; "…
        # entered early stage talks with Vodafone Idea … on developing a cloud service joint venture": talks too
    if kind in ("financing", "loan") and not hypothetical and _PAID_WITH.search(s.text[:m.start()]) and \
            not re.search(rf"\b(?:{SIGNED}|{AWARDED})\b", s.text, re.I) and not lend and not hired:
        work = _PROJECT_VERBS.search(s.text)
        if work and not re.search(r"\b(?:will|to)\s(?:be\s)?(?:[\w-]+\s)?$", s.text[:work.start()], re.I):
            # "Huawei installed the $22 million CCTV system using a $20.9 million loan from China's Export-Import Bank",
            # "… is being implemented by Huawei, with funding from China's EXIM Bank": the work is the deal told, the money
            # what pays for it (its lender a party of it)
            m, kind = next(((n, k) for n, k in nouns if k == "project"), (work, "project"))
    if kind in ("financing", "loan") and hired and \
            re.search(r"\b(?:[Ww]ith|[Uu]sing|[Tt]hrough|[Vv]ia)\s(?:an?|the)\s(?:[\w$.-]+\s){0,3}?$", s.text[:m.start()]):
        # "With a loan from Exim Bank of China, PNG commissioned Huawei to build a national data centre": the loan is
        # what pays, the deal told is the contract (its lender a party of it)
        return _told_by("contract", s, hired, text, group=1 if hired.group(1) else 2)
    if kind == "financing":
        kind = "loan"
    if kind in ("joint_venture", "acquisition") and re.search(
            r"\bmade\s(?:an?\s|the\s|its\s)?(?:[\w-]+\s)?(?:offer|bid)\b|(?<=\s)bid\s(?:US|HK|A)?\$\d", s.text, re.I):
        kind = "proposal"  # "A consortium led by China Unicom has made a winning offer of US$2.5 billion": a bid
    if kind == "acquisition" and re.search(r"\b(?:(?:offer|bid|attempt)s?\s(?:to\s(?:acquire|buy|take over|purchase)|for)|"
                                           r"(?:looking|seeking|planning|plans|wants|intends|eyeing|considering)\s(?:to\s)?"
                                           r"(?:acquire|acquiring|buy|buying|take over|taking over|purchase|purchasing))\b",
                                           s.text, re.I) and not re.search(
            # (but "China Mobile's bid to acquire an 18 per cent stake in True Corp has been approved by shareholders":
            # the bid accepted, the purchase agreed)
            r"\b(?:has|have|had|was|were)\s(?:been\s)?(?:approved|accepted|cleared|endorsed)\b", s.text, re.I):
        kind = "proposal"  # "an offer to acquire US equipment maker 3Com", "is looking to purchase …": proposed, not done
    if kind in ("agreement", "contract", "mou") and (_VAGUE_COUNTERPART.search(s.text) or _WORLDWIDE.search(s.text)):
        return None  # "sealed agreements with local operators": background, no deal a record can name
    if kind in ("agreement", "contract") and re.match(r"\s(?:to\s(?:borrow|lend)|for\sa\s(?:[\w$.-]+\s){0,3}?loan)\b",
                                                      s.text[m.end():], re.I):
        kind = "loan"  # "signed a deal to borrow $500 million from China Development Bank": the deal is the loan
    if kind == "agreement":
        if re.search(r"\bjointly\s(?:establish|set up|form|create|found)|\bto\s(?:establish|set up|form|create)\s(?:a|the)\s"
                     r"(?:new\s)?joint\s(?:company|venture)", s.text, re.I):
            kind = "joint_venture"  # "signed an agreement … to jointly establish the Southeast Asia Tower Co"
        elif _count_before(s.text, m):
            kind = "other"  # "56 agreements … to enhance cooperation on telecommunication, finance and trade": counted, untold
        elif re.search(rf"\b(?:{AWARDED})\s(?:\w+\s){{0,2}}?{re.escape(m.group())}", s.text, re.I) and _BUILD_WORDS.search(s.text):
            kind = "contract"  # "ZTE has secured a deal … to help build fiber optic cable systems" (the deputy minister of finance tells it)
        elif (money := re.search(r"\bloan|credit|financ|\bgrant\b|"  # ("an agreement to provide 249 million US dollars funding")
                                 r"\b(?:provide|extend|give)\s(?:[\w$€£.,-]+\s){0,5}?(?:in\s)?funding\b",
                                 s.text[max(0, m.start() - 80):m.end() + 80], re.I)) and \
                not _TOPICS_BEFORE.search(s.text[:max(0, m.start() - 80) + money.start()]) and not (
                # ("NetOne has signed a financial deal with Huawei to expand … its network": a deal of money with a vendor,
                # no lender named — the vendor's contract)
                re.search(r"\bfinancial\s$", s.text[:m.start()], re.I) and
                not re.search(r"\bbank|\blender|\bloan|\bcredit|\bExim|\bfund", s.text, re.I)) and not re.search(
                r"\busing\s(?:an?|the)\s(?:[\w-]+\s){0,2}?(?:loans?|credit|financing)\b",
                s.text[m.end():m.end() + 120], re.I):
            # (not "… signed a $250-million agreement in 2011 with the two Chinese contractors to build and launch the
            # satellite, using a Chinese loan": the loan pays for the agreement, a contract)
            kind = "loan"  # (near the noun: not "The deal was signed …, marking the conclusion of talks that began two
            # months ago in Hungary, covering topics such as financing")
        elif (_BUILD_WORDS.search(s.text) or SERVICE_DEAL.search(s.text) or _FOR_A_NETWORK.match(s.text, m.end())) and \
                not _COOPERATION_BEFORE.search(s.text[:m.start()]) \
                and not _ON_COOPERATION.match(s.text, m.end()) \
                or (_AMOUNT.search(s.text) and not _COOPERATION_BEFORE.search(s.text[:m.start()]) and
                    not _MANY_SECTORS.search(s.text, m.end())) \
                or re.search(rf"\b(?:{AWARDED})\s(?:\w+\s){{0,2}}?{re.escape(m.group())}", s.text, re.I):
            kind = "contract"  # (not "signed a cooperation agreement with the government to launch a production line")
            # (nor a sum of "cooperation agreements … with investment topping 10 billion yuan", nor "deals worth $7.8
            # billion for energy, agriculture, telecommunications, …": agreements of many fields, no one work bought)
        elif goods:
            kind = "contract"  # ("signed an agreement for the acquisition by Cuba of new smart phone products": a sale)
        elif re.search(r"[“\"]On\s(?:the\s)?Cooperation\b|\bcooperation\sin\sthe\sfields?\sof\b", s.text, re.I):
            kind = "framework_agreement"  # 'The Agreement "On Cooperation in the Field of Post and Telecommunications"'
        else:
            kind = "other"  # an agreement the text does not say more of
    promised = re.search(
        r"\b(?:pledg(?:e|ed|es)|promis(?:e|ed|es)|committed|agreed (?:in principle )?to (?:provide|fund|finance|give|extend)|"
        r"will (?:provide|fund|finance|give))\b[^.;]{0,40}\b(?:loans?|funds?|funding|grants?|aid|financ\w*|credit|"
        r"support|assistance)\b", s.text, re.I)
    if kind in ("loan", "other", "project") and promised and not SIGNED_NOT_AGREED.search(s.text) and not (
            # (but one loan a lender agreed to provide is that loan, to come: "the China Development Bank has agreed to
            # provide a commercial loan to Bolivia for the project's costs")
            kind == "loan" and re.search(r"\bagreed\sto\s(?:provide|extend|give)\s(?:an?|the)\s(?:[\w$€£.,-]+\s){0,4}?"
                                         r"(?:loan|credit(?:\sline)?|facility)\b", promised.group(), re.I)):  # (its own
        # "agreed to" signs nothing)
        kind = "pledge"  # money promised, no agreement signed for it yet
    if kind in ("project", "other") and re.search(FUND_TO_COME, s.text, re.I) and \
            not SIGNED_OR_AWARDED_NOT_AGREED.search(s.text):
        kind = "pledge"  # "China's Exim Bank will finance 85 percent of the … project": money promised for it
    if kind == "project" and re.search(r"\b(?:was|were|been|is|are)\s(?:\w+\s)?(?:picked|selected|chosen|awarded|contracted|"
                                       r"hired|commissioned)\b|\b(?:won|wins|secured|clinched|awarded)\b", s.text, re.I) \
            or (kind == "project" and hired):
        kind = "contract"  # "Vocus was picked by the Australian government to roll out the cable"
    if kind == "joint_venture" and hired and m.end() <= hired.start() and not re.search(
            r"\b(?:form|set\sup|establish|create)", s.text[m.end():hired.start()], re.I):
        kind = "contract"  # ("The joint venture of Wind and 3 Italia is set to choose ZTE for network upgrades": the venture
        # hires a vendor)
    if kind == "joint_venture" and m.group().lower() == "consortium" and re.search(
            rf"\b(?:{AWARDED})\s(?:[\w$€£.,-]+\s){{0,4}}?(?:contracts?|tenders?|bids?|orders?)\b", s.text, re.I):
        kind = "contract"  # "A consortium including Huawei was awarded a $23 million contract", "… won the tender to build …"
    if kind == "project" and lend and _AMOUNT.search(s.text):
        kind = "loan"  # "will lend $150 million to Ghana to fund the fibre backbone": the loan is the deal
    if kind == "contract" and lend and lend.start() < m.start() and _AMOUNT.search(s.text, lend.end(), m.start()) and \
            re.search(r"\b(?:according\sto|under|in|as\spart\sof)\s(?:a|an|the|its|their)\s(?:[\w-]+\s){0,2}?$", s.text[:m.start()]):
        kind = "loan"  # "will lend Bolivia $251m …, according to a contract signed by both countries": the loan it writes
    if kind == "project" and m.group()[0].isupper() and \
            re.search(rf"\b(?:{SIGNED})\s(?:the|a|an)\s(?:(?:[A-Z][\w'’-]*|of|and|for|the|on)\s){{1,12}}$", s.text[:m.start()]) and \
            re.search(r"\bwith\s(?:the\s)?[A-Z]", s.text[m.end():]):
        kind = "contract"  # "signed the National Public Safety Command and Control System Project Phase II with CEIEC": its contract
    if kind == "project" and re.search(r"\b(?:suspend(?:ed|s)?|halt(?:ed|s)?|froze|freez(?:es|ing)|withdr(?:ew|aws)|stopp(?:ed|s)|"
                                       r"cut|cuts)\s(?:its\s|the\s)?(?:funding|financing|loans?|disbursements?|credit)\s(?:for|of|to)\b",
                                       s.text, re.I):
        kind = "loan"  # "China suspended funding for Zamtel's $70 million network expansion project": the money stopped
    paid = _PAID_FOR.search(s.text)
    if kind == "project" and not _PROJECT_VERBS.search(s.text) and not paid:
        return None  # a project is a deal when it is built, installed, launched… or paid for ("was financed by China's Exim Bank")
    if kind == "project" and paid and paid["sum"] and not _PROJECT_VERBS.search(s.text):
        kind = "loan"  # "The Export-Import Bank of China provided $100 million for the National Data Centre": a sum lent for it
    if kind in ("project", "contract", "acquisition", "other") and hypothetical and \
            not re.search(rf"(?<!\bmight\s)(?<!\bcould\s)(?<!\bmay\s)\b(?:{SIGNED}|{AWARDED})\b", s.text, re.I):
        # (the signing itself only possible: "Safaricom might award a contract to Huawei")
        return None  # "Huawei is interested in investing…", "confident that Brazil will choose Huawei": no deal yet
    # (not "… 2000 CCTV cameras installed by Huawei, with 7000 more to be installed in the future": more of a work done)
    if kind == "project" and any(not re.search(r"\bmore\s(?:(?:are|is|were|was)\s)?$", s.text[:x.start()])
                                 for x in re.finditer(rf"\b(?:will|would|to|expected to|are to|is to)\sbe\s(?:\w+\s)?"
                                                      rf"(?!setting|establishing)(?:{BUILT})\b", s.text, re.I)):
        return None  # "8,023 cameras will be installed": what a deal told before will do, or a plan
    if (kind in ("project", "other") and re.search(r"\boffer(?:s|ed|ing)?\s(?:to\s)?(?:fund|finance|funding|financing|loans?|"
                                                      r"credit)\b", s.text, re.I) or
            # (a loan offered by the verb: not "has held out its offer to fund the project … in soft loan", the loan)
            kind == "loan" and re.search(r"\boffer(?:s|ed|ing)\s(?:an?|the)\s(?:[\w$€£.,-]+\s){0,4}?(?:loans?|credit|financing)\b",
                                         s.text, re.I)) and not SIGNED_WORD.search(s.text):
        kind = "proposal"  # "Chinese officials have met with the Mexican government to offer funding for two networks": an offer
        # (and "China Exim Bank has offered a $500 million loan to Ghana": a loan offered, not yet agreed)
    if kind == "proposal" and re.search(r"\b(?:rejected|opposed)\b", s.text, re.I):
        return None
    if re.search(r"\b(?:agreed|decided|voted)\sto\s(?:allow|permit|let)\s|\b(?:allowed|permitted)\s[A-Z][\w-]+\sto\s", s.text) and \
            not SIGNED_NOT_AGREED.search(s.text):  # (its own "agreed to" signs nothing)
        return None  # "Britain last week agreed to allow Huawei to help build 'noncore' infrastructure": a permission
    if _BAN_LIFTED.search(s.text) and not SIGNED_OR_AWARDED_NOT_AGREED.search(s.text):
        return None  # "The government lifted the ban last month, allowing orders for equipment … to proceed": a ban lifted
    if re.search(r"\b(?:denied|denies|deny|dismissed|dismisses)\s(?:the\s)?(?:[\w-]+\s)?"
                 r"(?:speculation|reports?|rumou?rs?|claims?)\b", s.text, re.I):
        return None  # "China Telecom has denied speculation that it is seeking to acquire MTN": nothing happened
    c = Candidate(kind, noun=m.group())
    c.sentences.append(s)
    c.note("kind", s.start + m.start(), s.start + m.end(), text)
    # an aggregate: a number above one counting the arrangements ("signed 24 Memorandum of Understandings")
    n = _count_before(s.text, m)
    # ("delivered in 2017 and included about 450 cameras": a quantity of things built, not of deals)
    # (nor "China loaned the Solomon Islands US$66 million to construct 161 towers": a loan, its towers counted)
    if n and kind not in ("training_programme", "proposal", "talks") and \
            not ("project" in (kind, _kind_of(m)) and not re.fullmatch(r"projects|initiatives", m.group(), re.I)):
        c.aggregate = True
        c.members["count"] = _number(n[1])
        c.note("members", s.start + n.start(1), s.start + m.end(), text)
    return c


# the many fields deals cover: "for energy, agriculture, telecommunications, infrastructure and finance"
_MANY_SECTORS = re.compile(r"\b(?:for|in|covering|on|across)\s(?:the\s)?(?:fields\sof\s|sectors\sof\s|areas\sof\s)?"
                           r"(?:[a-z][\w-]*(?:\s[a-z][\w-]*)?,\s){2,}(?:and\s)?[a-z]")


# "the agreement", "the Chinese telecom loan deal": a deal told before (not "the second loan", "the new deal")
_DEFINITE_NOUN = re.compile(r"(?:\b(?:the|this|that)|\b[A-Z][\w-]*['’]s)\s(?!(?:[\w-]+\s){0,3}?(?:first|second|third|new|"
                            r"another|other|previous|earlier|latest|next|last)\b)(?:[\w’'-]+\s){0,3}$", re.I)


# the words that may stand between a count and the deals it counts, saying what they are or what they are for
# ("11 5G contracts", "three technology agreements", "four commercial LTE contracts", "five crucial memoranda"); no
# unit of money ("$4 billion technology deals" counts dollars, not deals)
_COUNTED_AS = (r"(?:new|more|separate|different|bilateral|cooperation|business|key|major|crucial|important|other|additional|further|"
               r"tech|technology|technical|commercial|investment|trade|economic|strategic|digital|telecoms?|"
               r"\dG|LTE|ICT|IT|[a-z]+-to-[a-z]+)")


def _count_before(sentence: str, m: re.Match) -> re.Match | None:
    """The number above one that counts the arrangements a noun names ("signed 24 Memorandum of
    Understandings", "seven different MoUs"), as a match on the sentence; None when there is none."""
    plural = bool(re.search(r"s\b|a\b|MoUs|MOUs", m.group()))
    start = max(0, m.start() - 30)
    n = re.compile(rf"(?<![\w.,-])({_NUM})\s(?:{_COUNTED_AS}\s)*$", re.I).search(sentence, start, m.start())
    count = _number(n[1]) if n and not re.fullmatch(r"(?:19|20)\d\d", n[1]) else None  # ("the 2014 MoU": its year)
    # "signed 32 memorandum of understanding": a count in digits above two is a count, whatever the noun's number
    return n if count and count > 1 and (plural or (count > 2 and n[1].isdigit())) else None


_PRIORITY = ["framework_agreement", "mou", "joint_venture", "loan", "acquisition", "contract", "training_programme",
             "proposal", "talks", "agreement", "financing", "project"]


# "a (long-term) cooperation agreement", "a partnership agreement": an agreement to work together, whatever it is for
_COOPERATION_BEFORE = re.compile(r"\b(?:cooperation|co-operation|partnership|collaboration)\s$", re.I)
# ("ratified an agreement between the Russian and the Chinese governments on Tuesday on cooperation in applying the
# GLONASS and the BeiDou … systems, envisioning a mutual deployment of stations": cooperation, told after the noun)
_ON_COOPERATION = re.compile(r"[^.;]{0,80}?\bon\s(?:the\s)?(?:cooperation|co-operation|collaboration)\b", re.I)


_KEPT_FROM = re.compile(r"\b(?:prevent|stop|block|bar|keep|exclude|shut|ban|prohibit)\w*\s(?:[\w'’-]+\s){0,3}?(?:from|out\sof)\s"
                        r"(?:winning|getting|securing|taking|landing|receiving|bidding\s(?:for|on))\s(?:(?:the|a|an|any)\s)?"
                        r"(?:[\w-]+\s){0,2}?$", re.I)  # ("the U.S. Congress barred Huawei from receiving contracts")


def _kind_of(m: re.Match) -> str | None:
    for name, value in m.groupdict().items():
        if value:
            return re.sub(r"\d+$", "", name)
    return None


def _number(word: str) -> int | None:
    w = word.lower().replace(",", "")
    if w.isdigit():
        return int(w)
    return NUMBERS.get(w)


# "Turkmenistan's Communications Ministry said the agreement with China's Huawei …": a deal told before, named
SAID_THE_DEAL = re.compile(r"^[^.;]{0,80}?\b(?:said|says|added|noted|stated)\s(?:that\s)?(?=(?:the|this|these)\s"
                           r"(?:[\w-]+\s){0,2}?(?P<noun>agreements?|deals?|contracts?|MoUs?|memorand\w*|loans?|accords?)\b)", re.I)


# a sentence that says what the deal told before costs: its subject a sum's word or the thing built, its verb one that
# gives a sum ("The volume of investments is 60 million dollars.", "The line will cost 23 billion tenges")
_COST_OF_IT = re.compile(r"^(?:According\sto\s[^,;]{1,80},\s)?(?:The|This|Its|Their)\s"
                         r"(?:(?:total|overall|estimated|financial)\s)?(?:[\w’'-]+\s){0,3}?"
                         r"(?:cost|costs|value|price|volume|investments?|budget|sum|amount|project|line|cable|network|system|"
                         r"satellite|works|centre|center|facility|plant)\s(?:of\s(?:the\s)?(?:[\w’'-]+\s){0,2}?)?"
                         r"(?P<verb>(?:will|would|is\sto|is\sexpected\sto)\scost|costs?|(?:is|was|were|are)\s(?:worth|valued\sat|"
                         r"estimated\sat|put\sat)|amounts?\sto|amounted\sto|totals?|totall?ed|is|was|are|were|will\sbe|stands\sat|"
                         r"(?:will\s)?reach(?:es|ed)?)\s"
                         r"(?:(?:about|around|approximately|some|nearly|almost|more\sthan|over|roughly|close\sto|up\sto)\s)?", re.I)


def _refers(sentence: str, current: Candidate | None) -> bool:
    """Whether a sentence points back at the current deal ("The MoUs signed in…", "These include…")."""
    if current is None:
        return False
    if re.match(r"^(?:These|Those|They)\s(?:include|includes|included|cover|covered|comprise|involve)\b", sentence):
        return True
    if re.match(r"(?:The\s)?(?:[Pp]arties|[Ss]ignatories)\s(?:involved\s)?(?:in|to|of)\s(?:the|this|that)\s(?:[\w-]+\s)?"
                r"(?:MoU|memorandum|agreement|deal|contract|accord)\b", sentence):
        return True  # "Parties involved in the MoU were the Guangzhou Panyu … Bureau, Miri City Council, …": who signed it
    if re.search(r"\b(?:in this regard|to this effect|to that effect|for this purpose)\b", sentence, re.I):
        return True  # "… signed an agreement in this regard at the ceremony": the deal just told
    said = SAID_THE_DEAL.search(sentence)
    noun = re.escape(current.noun.split()[-1].rstrip("s")) if current.noun else "x^"
    words = {"mou": r"MoUs?|memorand", "loan": r"loans?|credit|financing|money|funds|sum", "contract": r"contracts?|deal|project",
             "framework_agreement": r"agreements?|framework|accord|deal", "joint_venture": r"joint venture|venture|JV",
             "acquisition": r"acquisition|deal|stake|transaction", "training_programme": r"programme|program|training",
             "proposal": r"proposal|plan|initiative", "talks": r"talks|meeting|discussions",
             "other": r"agreements?|deal|accord|pact", "pledge": r"pledge|loans?|funds?|funding|grant",
             "project": r"project|initiative|platform|cable|satellite|network"
             }[current.kind]
    cost = _COST_OF_IT.match(sentence)
    if cost and not current.amounts and _AMOUNT.match(sentence, cost.end()):
        # (not "The second contract is worth …", "The loan is worth …" after a contract: another deal)
        subject = sentence[:cost.start("verb")]
        other = re.search(r"\b(?:second|third|other|another|separate|earlier|previous|first|last)\b", subject, re.I) or \
            any(re.search(rf"\b(?:{w})\b", subject, re.I) and not re.search(rf"\b(?:{words}|deal|agreements?|accord)\b",
                                                                           subject, re.I)
                for w in (r"contracts?", r"loans?|credit", r"MoUs?|memorand\w*", r"grants?", r"joint\sventure", r"acquisition"))
        if not other:
            return True  # "The volume of investments is 60 million dollars.", "The line will cost 23 billion tenges": its sum
    # (a venture's partner "will invest about Bt3 billion in this project": what the venture is for)
    into = words + ("|project" if current.kind == "joint_venture" else "")
    if _AMOUNT.search(sentence) and re.search(rf"\b(?:to|in|into|for|towards?)\s(?:the|this)\s(?:{into})\b", sentence, re.I) and \
            not _NOUN_RE.search(re.sub(rf"\b(?:the|this)\s(?:{into})\b", "", sentence, flags=re.I)):
        return True  # "Venezuela's National Development Fund will contribute 140 million U.S. dollars to the project": its cost
    if not _REFER.match(sentence) and not said:  # ("The ministry said the agreement with Huawei … would …")
        return False
    head = sentence[said.end() if said else 0:][:80]
    # (money a firm will invest is told again as an investment, not as "the framework agreement" signed for a project)
    generic = "investment" if current.noun == "invest" else "deal|agreements?|accord|pact|transaction|signing|documents?"
    m = re.search(rf"\b(?:{words}|{noun}|{generic})\b", head, re.I)
    # "… under an agreement signed by the ministry and Huawei in November 2018": another deal
    # (or "… blocked a US$74 million loan": a loan of its own)
    # and "The second agreement between …": one deal of several, not the one told just before
    return bool(m) and not re.search(r"\b(?:an?|another|a separate|an earlier|a previous)\s(?:[\w$€£¥.,-]+\s){0,3}$|"
                                     r"\b(?:first|second|third|fourth|fifth|sixth|last|final|other)\s(?:[\w-]+\s)?$",
                                     head[:m.start()], re.I)


def _continues(s: Sentence, current: Candidate, text: str) -> bool:
    """A sentence of the deal's paragraph that gives an organisation a role in it (operate, build,
    supply, finance)."""
    last = current.sentences[-1]
    if current.kind == "project" and _MADE_BY_IT.search(s.text):
        return True  # ("It was developed by the China Academy of Space Technology", "Its EPC contract is with Huawei")
    if "\n" in text[last.end:s.start]:
        # (but the paragraph right after the deal's may say whom its vendor works for: "… will help telecom operator
        # Telenor to upgrade a national network")
        return bool(_HELPS_TO_BUILD.search(s.text)) and not text[last.end:s.start].strip()
    return any(re.search(rf"\b(?:{pattern})\b", s.text, re.I) for _, pattern in _STATED_ROLES) or \
        bool(HANDED_TO.search(s.text)) or \
        bool(_HELPS_TO_BUILD.search(s.text))  # ("It will hand over the satellite to APT Satellite": whose it will be)


# a sentence that says who made the work told before, or whose it becomes, its subject the work itself ("It was developed
# by the China Academy of Space Technology", "The satellite will be delivered to SUPARCO", "Its EPC contract is with
# Huawei"): a role in it, wherever the paragraph
_WORK = rf"{WORKS}|cent(?:re|er)|facility|tower|links?|spacecraft"
_MADE_BY_IT = re.compile(rf"(?:^|,\s|\band\s)(?:[Ii]t|They|(?:The|This|These|the)\s(?:[\w'’-]+\s){{0,3}}?(?:{_WORK}))\s"
                         r"(?:was|were|has\sbeen|have\sbeen|"
                         r"had\sbeen|is\sbeing|are\sbeing|will\sbe|is|are)\s(?:also\s|jointly\s)?(?:built|developed|designed|"
                         r"manufactured|constructed|made|installed|laid|implemented|supplied|delivered|handed\sover|transferred)\s"
                         r"(?:by|to)\s(?:the\s)?[A-Z]|"
                         rf"(?:^|,\s|\band\s)(?:[Ii]ts|[Tt]heir|(?:The|This|the)\s(?:[\w'’-]+\s){{0,3}}?(?:{_WORK})['’]s)\s"
                         r"(?:[\w()-]+\s){0,5}?(?:contract|contractor|builder|supplier|vendor)\s(?:is|was|will\sbe)\s(?:with\s)?"
                         r"(?:the\s)?[A-Z]|"
                         # ("…, said China Great Wall Industry Corp, major contractor of the project")
                         rf"[A-Z][\w&.-]*,\s(?:the\s)?(?:major|main|prime|general|lead|principal|EPC)\scontractor\s(?:of|for)\s"
                         rf"the\s(?:{_WORK})\b")


# "China's biggest listed telecom equipment maker will help telecom operator Telenor to upgrade a national network": whom
# the vendor of the deal told works for
_HELPS_TO_BUILD = re.compile(r"\b(?:will|would|is\sto|to)\s(?:help|assist)\s(?:the\s)?(?:[\w-]+\s){0,3}?[A-Z][^.;]{0,60}?\bto\s"
                             r"(?:upgrade|build|expand|extend|deploy|roll\sout|modernise|modernize|construct|install)\b")
