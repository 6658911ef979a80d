package vn.cchc.rollup.catalog;

import java.util.List;

/** A reporting agency of the registry. */
public record Agency(String code, String name, AgencyKind kind, List<String> aliases) {
    public Agency {
        aliases = List.copyOf(aliases);
    }
}
