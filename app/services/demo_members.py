"""Synthetic members for the demo database: Chinese enterprises, universities, institutes,
agencies, intermediaries and investors (and some foreign ones), with valid identity codes,
contacts and sectors, the same for the same seed."""

import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from app.models import MemberKind, MemberStatus, SizeClass
from app.services import members as member_service
from app.services.demo_names_places import (
    CITIES,
    CITY_WEIGHTS,
    FINNISH_FORMS,
    FINNISH_PLACES,
    FINNISH_PREFIXES,
    FOREIGN_MOBILE,
    FOREIGN_PEOPLE,
    FOREIGN_TITLES,
    GERMAN_FAMILIES,
    GERMAN_FORMS,
    GERMAN_PLACES,
    GIVEN_NAMES,
    LEGAL_FORMS,
    MOBILE_PREFIXES,
    MUNICIPALITIES,
    SURNAMES,
    TITLES,
    TRADE_NAMES,
)
from app.services.demo_organisations import (
    CAS_INSTITUTES,
    FIELDS,
    FOREIGN_ORGANISATIONS,
    FOREIGN_TRADES,
    GOVERNMENT_CITY,
    GOVERNMENT_PROVINCE,
    INDUSTRIES,
    INSTITUTE_FIELDS,
    INTERMEDIARY_PATTERNS,
    INVESTOR_PATTERNS,
    KIND_WEIGHTS,
    OTHER_PATTERNS,
    SCHOOLS,
    SIZE_WEIGHTS,
    UNIVERSITIES,
)
from app.services.members import ContactData, MemberData

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


# -- codes --------------------------------------------------------------------------------------


def uscc_check_character(first17: str) -> str:
    """The 18th character of a unified social credit code (GB 32100-2015)."""
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def organization_code(body8: str) -> str:
    """An organisation code (GB 11714): eight characters and their check character."""
    total = sum(int(c, 36) * w for c, w in zip(body8, _ORG_CODE_WEIGHTS, strict=True))
    check = 11 - total % 11
    return body8 + {10: "X", 11: "0"}.get(check, str(check))


def make_uscc(rng: random.Random, prefix: str, division: str) -> str:
    """A valid unified social credit code: authority and type (e.g. "91"), 6-digit division."""
    if prefix.startswith("9") and rng.random() < 0.5:  # new company codes mostly start with MA
        body = "MA" + "".join(rng.choice(USCC_ALPHABET) for _ in range(6))
    else:
        body = "".join(rng.choice("0123456789") for _ in range(8))
    first17 = prefix + division + organization_code(body)
    return first17 + uscc_check_character(first17)


def make_finnish_business_id(rng: random.Random) -> str:
    """A Finnish business id (Y-tunnus) with a valid check digit."""
    while True:
        digits = f"{rng.randrange(1_000_000, 3_300_000):07d}"
        rest = sum(int(d) * w for d, w in zip(digits, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
        if rest != 1:
            return f"{digits}-{0 if rest == 0 else 11 - rest}"


# -- the words names are made of ----------------------------------------------------------------
# fmt: off
# City: (name, pinyin, province, province domain code, division codes for USCCs, weight).
@dataclass
class DemoOrg:
    """A generated member before it is written: its id, data and dates."""

    id: str
    data: MemberData
    age_days: int


class MemberGenerator:
    """Deterministic member data for one seed; names and codes never repeat."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        # Ids and dates come from their own stream, so the data never depends on them.
        self.ids = random.Random(seed + 1_000_003)
        self.kinds = random.Random(seed + 1)
        self.names: set[str] = set()
        self.codes: set[str] = set()
        self.foreign_left = list(FOREIGN_ORGANISATIONS)
        self.real_left = list(UNIVERSITIES)
        self.cas_left = list(CAS_INSTITUTES)

    def uuid(self) -> str:
        return seeded_uuid(self.ids)

    def orgs(self, count: int) -> Iterator[DemoOrg]:
        """Every kind at least once, then the usual mix of a regional office."""
        kinds = [k for k, _ in KIND_WEIGHTS]
        weights = [w for _, w in KIND_WEIGHTS]
        for index in range(count):
            kind = kinds[index] if index < len(kinds) else self.kinds.choices(kinds, weights)[0]
            yield self.member(index, kind)

    def city(self) -> tuple[Any, ...]:
        return self.rng.choices(CITIES, CITY_WEIGHTS)[0]

    def unique(self, make: Callable[[], Any], tries: int = 12) -> Any:
        """A result of make() whose name is not taken yet, or None when they keep clashing."""
        for _ in range(tries):
            result = make()
            if result is not None and result[0] not in self.names:
                self.names.add(result[0])
                return result
        return None

    def code(self, prefix: str, divisions: tuple[str, ...]) -> str:
        while True:
            code = make_uscc(self.rng, prefix, self.rng.choice(divisions))
            if code not in self.codes:
                self.codes.add(code)
                return code

    def other_code(self, country: str) -> str:
        while True:
            if country == "FI":
                code = make_finnish_business_id(self.rng)
            else:
                code = f"HRB {self.rng.randrange(10000, 999999)}"
            if code not in self.codes:
                self.codes.add(code)
                return code

    # each kind returns (name, short name, city row, USCC prefix, website, keywords, sectors)

    def enterprise(self) -> tuple[Any, ...]:
        rng = self.rng
        city = self.city()
        trade, trade_py = rng.choice(TRADE_NAMES)
        words, slug, keywords, sectors = rng.choice(INDUSTRIES)
        place = city[0] if rng.random() < 0.75 else city[2].removesuffix("省").removesuffix("市")
        style = rng.random()
        if style < 0.08:  # the long names of research-type companies
            name = f"{city[0]}工业园区{trade}{words}研究院有限公司"
        elif style < 0.15:
            name = f"{place}{trade}{words}集团股份有限公司"
        else:
            name = f"{place}{trade}{words}{rng.choice(LEGAL_FORMS)}"
        domain = f"{trade_py}-{slug}.{rng.choice(['com', 'cn', 'com.cn'])}"
        return (
            name,
            f"{trade}{words[:2]}",
            city,
            "91",
            f"https://www.{domain}",
            rng.sample(keywords, rng.randint(2, 4)),
            list(sectors),
        )

    def university(self) -> tuple[Any, ...] | None:
        rng = self.rng
        if self.real_left and rng.random() < 0.5:
            name, slug, city_name = self.real_left.pop(rng.randrange(len(self.real_left)))
            city = next(c for c in CITIES if c[0] == city_name)
            return (
                name,
                "",
                city,
                "12",
                f"https://www.{slug}.edu.cn",
                ["产学研合作", "技术转移", "tech transfer"],
                ["P83", "M73"],
            )
        if rng.random() < 0.5:
            base, slug, city_name = rng.choice(UNIVERSITIES)
            school, keywords, sectors = rng.choice(SCHOOLS)
            city = next(c for c in CITIES if c[0] == city_name)
            return (
                f"{base}{school}",
                "",
                city,
                "12",
                f"https://www.{slug}.edu.cn",
                [*keywords, "产学研合作"],
                ["P83", *sectors],
            )
        city = self.city()
        field, slug, keywords, sectors = rng.choice(FIELDS)
        kind = rng.choice(["学院", "大学"])
        return (
            f"{city[0]}{field}{kind}",
            "",
            city,
            "12",
            f"https://www.{city[1]}{slug}.edu.cn",
            [*keywords, "人才培养"],
            list(sectors),
        )

    def institute(self) -> tuple[Any, ...] | None:
        rng = self.rng
        if self.cas_left and rng.random() < 0.4:
            name, slug, city_name, sectors, keywords = self.cas_left.pop(0)
            city = next(c for c in CITIES if c[0] == city_name)
            domain = "jitri.cn" if slug == "jitri" else f"{slug}.cas.cn"
            return (name, "", city, "12", f"https://www.{domain}", list(keywords), list(sectors))
        city = self.city()
        field, slug, keywords, sectors = rng.choice(INSTITUTE_FIELDS)
        pattern = rng.randrange(4)
        if pattern == 0:
            name, prefix = f"{city[2]}{field}研究院", "12"
        elif pattern == 1:
            name, prefix = f"{city[0]}{field}技术研究所", "12"
        elif pattern == 2:
            words = rng.choice(INDUSTRIES)[0]
            name, prefix = f"{city[0]}{words}产业技术研究院有限公司", "91"
        else:
            base = rng.choice(UNIVERSITIES)[0]
            name, prefix = f"{base}{city[0]}{field}研究院", "12"
        return (
            name,
            "",
            city,
            prefix,
            f"https://www.{city[1]}-{slug}.org.cn",
            [*keywords, "中试熟化"],
            list(sectors),
        )

    def government(self) -> tuple[Any, ...] | None:
        rng = self.rng
        city = self.city()
        if rng.random() < 0.35:
            office, slug, keywords, sectors = rng.choice(GOVERNMENT_PROVINCE)
            if city[0] in MUNICIPALITIES and slug == "kjt":
                office = "科学技术委员会"
            name = f"{city[2]}{office}"
            website = f"https://{slug}.{city[3]}.gov.cn"
        else:
            office, slug, keywords, sectors = rng.choice(GOVERNMENT_CITY)
            if city[0] in MUNICIPALITIES and office.startswith("市"):
                office = office[1:]
            name = f"{city[2] if city[0] in MUNICIPALITIES else city[0]}{office}"
            website = f"https://{slug}.{city[1]}.gov.cn"
        return (name, "", city, "11", website, list(keywords), list(sectors))

    def patterned(self, patterns: list[tuple[Any, ...]]) -> tuple[Any, ...]:
        rng = self.rng
        city = self.city()
        pattern, slug, prefix, keywords, sectors = rng.choice(patterns)
        trade, trade_py = rng.choice(TRADE_NAMES)
        name = pattern.format(city=city[0], prov=city[2], trade=trade)
        website = f"https://www.{city[1]}{trade_py if '{trade}' in pattern else ''}-{slug}.cn"
        return (name, "", city, prefix, website, rng.sample(keywords, len(keywords)), list(sectors))

    def foreign_enterprise(self) -> tuple[Any, ...]:
        rng = self.rng
        german_word, english_word, sectors, keywords = rng.choice(FOREIGN_TRADES)
        if rng.random() < 0.6:
            region, city = rng.choice(GERMAN_PLACES)
            family = rng.choice(GERMAN_FAMILIES)
            place = f" {city}" if rng.random() < 0.5 else ""
            name = f"{family} {german_word}{place} {rng.choice(GERMAN_FORMS)}"
            domain = f"{family.lower()}-{english_word.lower()}.de"
            country = "DE"
        else:
            region, city = rng.choice(FINNISH_PLACES)
            prefix = rng.choice(FINNISH_PREFIXES)
            place = f" {city}" if rng.random() < 0.5 else ""
            name = f"{prefix} {english_word}{place} {rng.choice(FINNISH_FORMS)}"
            domain = f"{prefix.lower().replace('ä', 'a')}{english_word.lower()}.fi"
            country = "FI"
        return (
            name,
            "",
            (city, region, country),
            "",
            f"https://www.{domain}",
            rng.sample(keywords, 2),
            list(sectors),
        )

    # -- one member ---------------------------------------------------------------------------

    def member(self, index: int, kind: MemberKind) -> DemoOrg:
        rng = self.rng
        foreign = rng.random() < 0.05
        found = self._foreign(kind) if foreign else None
        if found is None:
            found = self._chinese(kind)
        if found is None:  # that kind has run out of plausible names: an enterprise instead
            kind = MemberKind.ENTERPRISE
            found = self._chinese(kind) or self._numbered_enterprise(index)
        data = self._data(kind, found)
        if index % 37 == 5:
            data.status = MemberStatus.SUSPENDED.value
        elif index % 41 == 7:
            data.status = MemberStatus.ARCHIVED.value
        if rng.random() < 0.6:
            data.external_id = f"CRM-{index + 1:06d}"
        return DemoOrg(self.uuid(), data, self.ids.randrange(1, 1500))

    def _chinese(self, kind: MemberKind) -> tuple[Any, ...] | None:
        makers: dict[MemberKind, Callable[[], Any]] = {
            MemberKind.ENTERPRISE: self.enterprise,
            MemberKind.UNIVERSITY: self.university,
            MemberKind.RESEARCH_INSTITUTE: self.institute,
            MemberKind.GOVERNMENT: self.government,
            MemberKind.INTERMEDIARY: lambda: self.patterned(INTERMEDIARY_PATTERNS),
            MemberKind.INVESTOR: lambda: self.patterned(INVESTOR_PATTERNS),
            MemberKind.OTHER: lambda: self.patterned(OTHER_PATTERNS),
        }
        found = self.unique(makers[kind])
        if found is None and kind == MemberKind.ENTERPRISE:
            found = self.unique(self._branch, tries=30)
        return found

    def _branch(self) -> tuple[Any, ...]:
        """A branch of an enterprise in another city (苏州…有限公司无锡分公司)."""
        name, short, _city, prefix, website, keywords, sectors = self.enterprise()
        city = self.city()
        return (f"{name}{city[0]}分公司", short, city, prefix, website, keywords, sectors)

    def _numbered_enterprise(self, index: int) -> tuple[Any, ...]:
        name, short, city, prefix, website, keywords, sectors = self.enterprise()
        name = f"{name}第{index}分公司"
        self.names.add(name)
        return (name, short, city, prefix, website, keywords, sectors)

    def _foreign(self, kind: MemberKind) -> tuple[Any, ...] | None:
        if kind == MemberKind.ENTERPRISE:
            return self.unique(self.foreign_enterprise)
        for i, org in enumerate(self.foreign_left):
            if org[0] == kind:
                del self.foreign_left[i]
                _kind, name, short, country, region, city, domain, sectors, keywords = org
                self.names.add(name)
                return (
                    name,
                    short,
                    (city, region, country),
                    "",
                    f"https://www.{domain}",
                    list(keywords),
                    list(sectors),
                )
        return None

    def _data(self, kind: MemberKind, found: tuple[Any, ...]) -> MemberData:
        rng = self.rng
        name, short, city, prefix, website, keywords, sectors = found
        if prefix:  # Chinese: city row of CITIES
            country, region, city_name = "CN", city[2], city[0]
            code = self.code(prefix, city[4])
        else:
            city_name, region, country = city
            code = self.other_code(country) if rng.random() < 0.7 else ""
        size = SizeClass.NA
        if kind in (MemberKind.ENTERPRISE, MemberKind.INVESTOR):
            size = rng.choices([s for s, _ in SIZE_WEIGHTS], [w for _, w in SIZE_WEIGHTS])[0]
        contacts = [self._contact(kind, website, country) for _ in range(rng.choice([1, 1, 2, 3]))]
        return MemberData(
            kind=kind.value,
            name=name,
            short_name=short,
            registration_code=code,
            country=country,
            region=region,
            city=city_name,
            website=website,
            description=self._description(kind, name, keywords, country),
            sectors=sectors,
            keywords=member_service.split_list(keywords),
            size_class=size.value,
            contacts=_distinct_contacts(contacts),
        )

    def _description(self, kind: MemberKind, name: str, keywords: list[str], country: str) -> str:
        rng = self.rng
        if rng.random() < 0.15:
            return ""
        if country != "CN":
            return (
                f"{name} works on {' and '.join(keywords[:2])} and looks for partners in "
                "China for joint development and technology licensing."
            )
        year = rng.randrange(1998, 2024)
        topics = "、".join(keywords[:2])
        if kind == MemberKind.ENTERPRISE:
            patents = rng.randrange(3, 120)
            return (
                f"成立于{year}年，专注于{topics}等领域的研发、生产与销售，拥有发明专利"
                f"{patents}项，是国家高新技术企业。"
            )
        if kind in (MemberKind.UNIVERSITY, MemberKind.RESEARCH_INSTITUTE):
            return f"在{topics}方向拥有多个省部级重点实验室，积极推动科技成果转移转化。"
        return f"围绕{topics}为区域企业和科研机构提供服务，促进产学研合作。"

    def _contact(self, kind: MemberKind, website: str, country: str) -> ContactData:
        rng = self.rng
        domain = website.split("://", 1)[1].removeprefix("www.")
        if country != "CN":
            first, last, last_ascii = rng.choice(FOREIGN_PEOPLE)
            prefixes, digits = FOREIGN_MOBILE[country]
            mobile = rng.choice(prefixes) + f"{rng.randrange(10**digits):0{digits}d}"
            return ContactData(
                name=f"{first} {last}",
                title=rng.choice(FOREIGN_TITLES),
                email=f"{first.lower()}.{last_ascii}@{domain}",
                phone=mobile,
            )
        surname, surname_py = rng.choice(SURNAMES)
        given, given_py = rng.choice(GIVEN_NAMES)
        number = f"{rng.randrange(1, 99)}" if rng.random() < 0.3 else ""
        email = f"{surname_py}{given_py}{number}@{domain}"
        if rng.random() < 0.2:  # personal mailboxes are common in China
            mailbox = rng.choice(["163.com", "qq.com", "126.com"])
            email = f"{surname_py}{given_py}{rng.randrange(1970, 2002)}@{mailbox}"
        phone = f"+86{rng.choice(MOBILE_PREFIXES)}{rng.randrange(10**8):08d}"
        return ContactData(
            name=f"{surname}{given}", title=rng.choice(TITLES[kind]), email=email, phone=phone
        )


def _distinct_contacts(contacts: list[ContactData]) -> list[ContactData]:
    seen: set[str] = set()
    result = []
    for contact in contacts:
        if contact.name not in seen:
            seen.add(contact.name)
            result.append(contact)
    return result


def demo_members(count: int, seed: int = 1) -> Iterator[tuple[str, MemberData]]:
    """The demo members (id and data) for a seed, without writing anything."""
    for org in MemberGenerator(seed).orgs(count):
        yield org.id, org.data


# -- writing ------------------------------------------------------------------------------------


def seeded_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))
