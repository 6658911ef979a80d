package vn.cchc.rollup.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.rollup.intake.Reject;

/**
 * The rejects of one file, in order. The same problem at the same place (a period label that
 * cannot be read, shared by every row of the sheet) is reported once, with how many values it cost.
 */
final class RejectList {

    private final Map<Reject, Integer> counts = new LinkedHashMap<>();

    void add(Reject reject) {
        counts.merge(reject, 1, Integer::sum);
    }

    List<Reject> list() {
        List<Reject> list = new ArrayList<>();
        counts.forEach((reject, count) -> list.add(count == 1 ? reject
                : new Reject(reject.source(), reject.reason(), reject.message() + " (" + count + " số liệu bị loại)")));
        return list;
    }
}
