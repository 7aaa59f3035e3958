// What framework.json says beyond what the importer reads from the sources: the registry order,
// the knowledge the code held by name before issue 14 (aliases, canonical fix label, quick-reference
// headings, derivation hops, the 800-53 roll-up, OSCAL resources, withdrawn-ID wording, alias tags,
// baselines off the coverage pages). Written by hand; frameworkJson places each field where the
// committed framework.json has it, so a re-import gives the same bytes.
import type { FrameworkFile } from '../../../src/core/frameworks/framework-schema.ts';

export interface RegistryFields {
  order: number;
  aliasTags?: string[];
  aliases?: string[];
  deriveFrom?: NonNullable<FrameworkFile['deriveFrom']>;
  oscal?: NonNullable<FrameworkFile['oscal']>;
  labels?: { canonical?: string; headings?: { order: number; patterns: string[] } };
  withdrawn?: NonNullable<NonNullable<FrameworkFile['rules']>['withdrawn']>;
  /** Hierarchy levels whose entries roll up to their parent. */
  rollsUp?: string[];
  /** Baselines left off the coverage pages. */
  noCoverage?: string[];
  /** Hierarchy levels that are headings, left out of the catalog checks read. */
  headings?: string[];
}

export const REGISTRY_FIELDS: Readonly<Record<string, RegistryFields>> = {
  "nist-800-53-r5": {
    "order": 10,
    "aliases": [
      "nist"
    ],
    "deriveFrom": [
      {
        "framework": "cis-controls-v8",
        "onward": true
      },
      {
        "framework": "nist-csf-2.0"
      }
    ],
    "oscal": {
      "title": "NIST SP 800-53 Rev 5 catalog",
      "href": "https://raw.githubusercontent.com/usnistgov/oscal-content/main/nist.gov/SP800-53/rev5/json/NIST_SP-800-53_rev5_catalog.json",
      "mediaType": "application/oscal.catalog+json",
      "idForm": "nist",
      "prefix": "nist"
    },
    "labels": {
      "canonical": "NIST 800-53 Rev 5",
      "headings": {
        "order": 20,
        "patterns": [
          "800-?53"
        ]
      }
    },
    "withdrawn": {
      "noun": "control",
      "groupNoun": "family",
      "relations": false
    },
    "rollsUp": [
      "enhancement"
    ],
    "noCoverage": [
      "privacy"
    ]
  },
  "cis-controls-v8": {
    "order": 20,
    "aliases": [
      "cis"
    ],
    "oscal": {
      "title": "CIS Critical Security Controls v8",
      "href": "https://www.cisecurity.org/controls/",
      "mediaType": "text/html",
      "remarks": "ids are CIS safeguard numbers as CIS's own OSCAL serialization writes them (cis-6.5, CISecurity/CISControls_OSCAL).",
      "idForm": "prefixed",
      "prefix": "cis"
    },
    "labels": {
      "canonical": "CIS Controls v8",
      "headings": {
        "order": 60,
        "patterns": [
          "\\bcis\\b.*controls?"
        ]
      }
    },
    "noCoverage": [
      "ig1",
      "ig2",
      "ig3"
    ]
  },
  "soc2-tsc-2017": {
    "order": 30,
    "headings": ["series"],
    "aliases": [
      "soc2"
    ],
    "deriveFrom": [
      {
        "framework": "nist-800-53-r5"
      }
    ],
    "oscal": {
      "title": "AICPA Trust Services Criteria (SOC 2), 2017",
      "remarks": "No OSCAL catalog is published; ids are AICPA criterion ids (e.g. CC6.1).",
      "idForm": "digits-prefixed",
      "prefix": "id"
    },
    "labels": {
      "canonical": "SOC 2",
      "headings": {
        "order": 10,
        "patterns": [
          "soc ?2|trust services"
        ]
      }
    }
  },
  "iso27001-2022": {
    "order": 40,
    "headings": ["clause"],
    "aliases": [
      "iso"
    ],
    "deriveFrom": [
      {
        "framework": "nist-800-53-r5"
      },
      {
        "framework": "cis-controls-v8"
      }
    ],
    "oscal": {
      "title": "ISO/IEC 27001:2022",
      "remarks": "No OSCAL catalog is published; ids are Annex A control ids (e.g. A.5.16), clause ids prefixed iso- (iso-5.2).",
      "idForm": "digits-prefixed",
      "prefix": "iso"
    },
    "labels": {
      "canonical": "ISO 27001:2022",
      "headings": {
        "order": 40,
        "patterns": [
          "27001"
        ]
      }
    }
  },
  "pci-dss-4.0.1": {
    "order": 50,
    "aliases": [
      "pci"
    ],
    "oscal": {
      "title": "PCI DSS v4.0.1",
      "remarks": "No OSCAL catalog is published; ids are PCI DSS requirement ids prefixed pci- (pci-8.3.1).",
      "idForm": "digits-prefixed",
      "prefix": "pci"
    },
    "labels": {
      "canonical": "PCI DSS v4.0.1",
      "headings": {
        "order": 50,
        "patterns": [
          "pci"
        ]
      }
    }
  },
  "nist-csf-2.0": {
    "order": 60,
    "aliases": [
      "csf"
    ],
    "deriveFrom": [
      {
        "framework": "nist-800-53-r5"
      }
    ],
    "oscal": {
      "title": "NIST Cybersecurity Framework 2.0",
      "remarks": "ids are CSF 2.0 subcategory, category and function ids as NIST writes them (PR.AA-01).",
      "idForm": "digits-prefixed",
      "prefix": "csf"
    },
    "withdrawn": {
      "noun": "ID",
      "groupNoun": "function",
      "relations": true
    }
  },
  "nist-800-171-r3": {
    "order": 70,
    "aliases": [
      "800-171"
    ],
    "deriveFrom": [
      {
        "framework": "nist-800-53-r5"
      }
    ],
    "oscal": {
      "title": "NIST SP 800-171 Rev 3",
      "remarks": "ids are SP 800-171 r3 requirement ids prefixed sp800-171- (sp800-171-03.01.01).",
      "idForm": "digits-prefixed",
      "prefix": "sp800-171"
    },
    "withdrawn": {
      "noun": "requirement",
      "groupNoun": "family",
      "relations": true
    }
  },
  "fedramp-rev5": {
    "order": 80,
    "aliases": [
      "fedramp"
    ],
    "oscal": {
      "title": "FedRAMP Rev 5 baselines (SP 800-53 Rev 5 controls)",
      "remarks": "ids are the NIST SP 800-53 Rev 5 catalog ids the FedRAMP baselines select (ac-2.1).",
      "idForm": "nist",
      "prefix": "nist"
    }
  },
  "hipaa-security-rule": {
    "order": 90,
    "aliasTags": [
      "cfr"
    ],
    "aliases": [
      "hipaa"
    ],
    "deriveFrom": [
      {
        "framework": "nist-800-53-r5"
      }
    ],
    "oscal": {
      "title": "HIPAA Security Rule (45 CFR Part 164 Subpart C)",
      "remarks": "ids are CFR section citations prefixed hipaa- (hipaa-164.312(b)), and SP 800-66 r2 key activities as written (KA_164.308(a)(3).1).",
      "idForm": "digits-prefixed",
      "prefix": "hipaa"
    }
  }
};
