package cn.huinong.market.orders.logistics.network;

/**
 * What a leg costs, in fen. {@link #runFen()} is what one run costs the network (what consolidation shares out);
 * {@link #parcelFen(long)} is what one parcel is quoted for it: its share of a run at the expected load, by
 * chargeable weight, or the carrier's tariff.
 */
public sealed interface LegCost {

    long runFen();

    long parcelFen(long chargeableGrams);

    /** A parcel's share of a run costing {@code runFen} that usually carries {@code expectedLoadKg}. */
    private static long shareOfRun(long runFen, long expectedLoadKg, long chargeableGrams) {
        return Math.max(1, Math.ceilDiv(Math.multiplyExact(runFen, chargeableGrams), expectedLoadKg * 1000));
    }

    /** A van hired per run, whatever it carries. */
    record FixedPerRun(long fen, long expectedLoadKg) implements LegCost {

        @Override
        public long runFen() {
            return fen;
        }

        @Override
        public long parcelFen(long chargeableGrams) {
            return shareOfRun(fen, expectedLoadKg, chargeableGrams);
        }
    }

    /** A run paid by the kilometre of road. */
    record PerKm(long fenPerKm, long km, long expectedLoadKg) implements LegCost {

        @Override
        public long runFen() {
            return Math.multiplyExact(fenPerKm, km);
        }

        @Override
        public long parcelFen(long chargeableGrams) {
            return shareOfRun(runFen(), expectedLoadKg, chargeableGrams);
        }
    }

    /** Paid by the kilogram carried (rounded up to whole kilograms). */
    record PerKg(long fenPerKg) implements LegCost {

        @Override
        public long runFen() {
            return 0;
        }

        @Override
        public long parcelFen(long chargeableGrams) {
            return Math.multiplyExact(fenPerKg, Math.max(1, Math.ceilDiv(chargeableGrams, 1000)));
        }
    }

    /** An express carrier's zone tariff: the first kilogram, then each further (started) kilogram. */
    record ZoneTariff(long firstKgFen, long extraKgFen) implements LegCost {

        @Override
        public long runFen() {
            return 0;
        }

        @Override
        public long parcelFen(long chargeableGrams) {
            long extraKg = Math.max(0, Math.ceilDiv(chargeableGrams, 1000) - 1);
            return firstKgFen + Math.multiplyExact(extraKgFen, extraKg);
        }
    }
}
