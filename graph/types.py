"""The entity and relation types of the JSON contract, in one place.

Every other module names types through these enums, so a type added here is a type the whole tool knows.
"""
from enum import Enum


class EntityType(str, Enum):
    RESOLUTION = "Resolution"
    CONCLUSION = "Conclusion"
    REGULATION = "Regulation"
    DIRECTIVE = "Directive"
    DECISION = "Decision"
    DECREE = "Decree"
    CIRCULAR = "Circular"
    LAW = "Law"
    ORDINANCE = "Ordinance"
    CONSTITUTION = "Constitution"
    GUIDANCE = "Guidance"
    NOTICE = "Notice"
    REPORT = "Report"
    OTHER_DOCUMENT = "OtherDocument"
    PROGRAM = "Program"
    PLAN = "Plan"
    PROJECT = "Project"
    STRATEGY = "Strategy"
    BODY = "Body"
    CONGRESS = "Congress"
    PLENUM = "Plenum"
    PERSON = "Person"
    PROVISION = "Provision"

    def __str__(self) -> str:
        return self.value


class RelationType(str, Enum):
    ISSUED_BY = "issued_by"
    IMPLEMENTS = "implements"
    REVIEWS = "reviews"
    AMENDS = "amends"
    REPLACES = "replaces"
    REPEALS = "repeals"
    GUIDES = "guides"
    BASED_ON = "based_on"
    PART_OF = "part_of"
    ADVISES = "advises"
    CITES = "cites"

    def __str__(self) -> str:
        return self.value


DOCUMENT_TYPES = frozenset({
    EntityType.RESOLUTION, EntityType.CONCLUSION, EntityType.REGULATION, EntityType.DIRECTIVE,
    EntityType.DECISION, EntityType.DECREE, EntityType.CIRCULAR, EntityType.LAW, EntityType.ORDINANCE,
    EntityType.CONSTITUTION, EntityType.GUIDANCE, EntityType.NOTICE, EntityType.REPORT,
    EntityType.OTHER_DOCUMENT,
})
PROGRAM_TYPES = frozenset({EntityType.PROGRAM, EntityType.PLAN, EntityType.PROJECT, EntityType.STRATEGY})
ISSUER_TYPES = frozenset({EntityType.BODY, EntityType.CONGRESS, EntityType.PLENUM})


def is_document_like(entity_type: str) -> bool:
    """Documents and programs: the things that are issued, implemented, amended."""
    return EntityType(entity_type) in DOCUMENT_TYPES | PROGRAM_TYPES
