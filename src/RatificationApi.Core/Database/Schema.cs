namespace RatificationApi.Database;

/// <summary>The database schema. Dates are ISO 8601 text, so that they sort and compare as text.</summary>
internal static class Schema
{
    public const string Create = """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE instruments (
            id                     TEXT PRIMARY KEY,
            position               INTEGER NOT NULL,
            short_name             TEXT NOT NULL,
            mtdsg                  TEXT NOT NULL UNIQUE COLLATE NOCASE,
            parent                 TEXT REFERENCES instruments (id),
            parent_reference       TEXT,
            adopted                TEXT NOT NULL,
            adoption_place         TEXT,
            adopted_by             TEXT,
            opened_for_signature   TEXT,
            entry_into_force       TEXT,
            eif_article            TEXT,
            eif_offset             TEXT,
            eif_rule_basis         TEXT,
            eif_rule_text          TEXT,
            unts_volume            INTEGER,
            unts_page              INTEGER,
            unts_registration_no   INTEGER,
            unts_registration_date TEXT,
            complete_as_at         TEXT NOT NULL,
            complete_as_at_source  TEXT,
            stated_signatories     INTEGER,
            stated_parties         INTEGER,
            stated_as_at           TEXT,
            stated_source          TEXT,
            source                 TEXT NOT NULL,
            notes                  TEXT
        );

        CREATE TABLE titles (
            item       TEXT NOT NULL,
            lang       TEXT NOT NULL,
            title      TEXT NOT NULL,
            confidence TEXT NOT NULL,
            source     TEXT NOT NULL,
            PRIMARY KEY (item, lang)
        ) WITHOUT ROWID;

        CREATE TABLE short_names (
            instrument TEXT NOT NULL REFERENCES instruments (id),
            lang       TEXT NOT NULL,
            short_name TEXT NOT NULL,
            confidence TEXT NOT NULL,
            source     TEXT NOT NULL,
            notes      TEXT,
            PRIMARY KEY (instrument, lang)
        ) WITHOUT ROWID;

        CREATE TABLE participants (
            id                       TEXT PRIMARY KEY,
            iso3                     TEXT UNIQUE,
            iso2                     TEXT NOT NULL UNIQUE,
            m49                      TEXT,
            kind                     TEXT NOT NULL,
            un_status                TEXT NOT NULL,
            un_admission_date        TEXT,
            region_code              TEXT,
            region                   TEXT,
            subregion_code           TEXT,
            subregion                TEXT,
            intermediate_region_code TEXT,
            intermediate_region      TEXT,
            aliases                  TEXT,
            source                   TEXT NOT NULL,
            notes                    TEXT
        );

        CREATE TABLE participant_names (
            participant TEXT NOT NULL REFERENCES participants (id),
            lang        TEXT NOT NULL,
            name        TEXT NOT NULL,
            formal_name TEXT,
            PRIMARY KEY (participant, lang)
        ) WITHOUT ROWID;

        CREATE TABLE participant_other_names (
            participant TEXT NOT NULL REFERENCES participants (id),
            lang        TEXT NOT NULL,
            name        TEXT NOT NULL,
            kind        TEXT NOT NULL,
            source      TEXT NOT NULL,
            PRIMARY KEY (participant, lang, name)
        ) WITHOUT ROWID;

        CREATE TABLE actions (
            id             INTEGER PRIMARY KEY,
            instrument     TEXT NOT NULL REFERENCES instruments (id),
            participant    TEXT NOT NULL REFERENCES participants (id),
            kind           TEXT NOT NULL,
            date           TEXT,
            date_precision TEXT NOT NULL,
            date_start     TEXT,
            date_end       TEXT,
            reservations   TEXT NOT NULL,
            basis          TEXT NOT NULL,
            exception      TEXT,
            recorded       TEXT NOT NULL,
            feed_id        TEXT NOT NULL UNIQUE,
            source         TEXT NOT NULL,
            notes          TEXT,
            line           INTEGER NOT NULL
        );
        CREATE INDEX actions_feed ON actions (recorded, feed_id);
        CREATE INDEX actions_by_instrument ON actions (instrument, participant);
        CREATE INDEX actions_by_participant ON actions (participant, instrument);

        CREATE TABLE disagreements (
            id           INTEGER PRIMARY KEY,
            instrument   TEXT NOT NULL REFERENCES instruments (id),
            participant  TEXT REFERENCES participants (id),
            field        TEXT NOT NULL,
            kept_value   TEXT,
            kept_source  TEXT NOT NULL,
            other_value  TEXT,
            other_source TEXT NOT NULL,
            notes        TEXT
        );

        CREATE TABLE reservations (
            id             INTEGER PRIMARY KEY,
            instrument     TEXT NOT NULL REFERENCES instruments (id),
            participant    TEXT NOT NULL REFERENCES participants (id),
            kind           TEXT NOT NULL,
            occasion       TEXT,
            date           TEXT,
            date_precision TEXT NOT NULL,
            target         TEXT REFERENCES participants (id),
            heading        TEXT,
            text           TEXT,
            basis          TEXT NOT NULL,
            recorded       TEXT NOT NULL,
            source         TEXT NOT NULL,
            notes          TEXT,
            line           INTEGER NOT NULL
        );
        CREATE INDEX reservations_by_instrument ON reservations (instrument, participant);
        CREATE INDEX reservations_by_participant ON reservations (participant, instrument);
        CREATE INDEX reservations_by_target ON reservations (target, instrument);

        CREATE TABLE resolutions (
            id               TEXT PRIMARY KEY,
            symbol           TEXT NOT NULL,
            adopted          TEXT NOT NULL,
            session          TEXT,
            meeting          TEXT,
            agenda_item      TEXT,
            committee_report TEXT,
            distributed      TEXT,
            recalls          TEXT,
            source           TEXT NOT NULL,
            notes            TEXT
        );

        CREATE TABLE resolution_paragraphs (
            resolution TEXT NOT NULL REFERENCES resolutions (id),
            paragraph  INTEGER NOT NULL,
            instrument TEXT NOT NULL REFERENCES instruments (id),
            summary    TEXT,
            source     TEXT NOT NULL,
            PRIMARY KEY (resolution, paragraph, instrument)
        ) WITHOUT ROWID;

        CREATE TABLE map_shapes (
            kind        TEXT NOT NULL CHECK (kind IN ('sphere', 'participant', 'territory')),
            m49         TEXT,
            participant TEXT UNIQUE REFERENCES participants (id),
            name        TEXT NOT NULL,
            lon         REAL,
            lat         REAL,
            x           REAL,
            y           REAL,
            area        REAL NOT NULL,
            bounds      TEXT NOT NULL,
            path        TEXT,
            world_path  TEXT,
            source      TEXT NOT NULL
        );
        """;
}
