package cn.huinong.market.training.demo;

import cn.huinong.market.training.certificate.CertificateService;
import cn.huinong.market.training.config.China;
import cn.huinong.market.training.trainee.SensitiveDataCipher;
import cn.huinong.market.training.trainee.SensitiveField;
import cn.huinong.market.training.trainee.SupportStatus;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A deterministic programme shaped like a real one (fixed seed 20260630): six cohorts of 120 applicants in four
 * Linxia counties (2024–2025), about 500 who completed, about 200 employed or running an active shop, about 190
 * shops with order-feed facts, for an "as of" day of {@link #AS_OF}. Written with JDBC batches in one transaction
 * (fixed ids; loading twice does nothing the second time). Demo data, not part of the service: used by
 * OutcomeDatasetTest and, for the demo, by {@link OutcomeDemoLoader} (run by deploy/demo-training-outcomes.sh)
 * against a running system's database. Order facts are stored with source DEMO, so they never collide with the
 * real feed's events.
 */
public final class OutcomeDataset {

    public static final long SEED = 20260630L;
    public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    public static final UUID PROGRAMME = id(1, 1);
    public static final String TRAINER1 = "00000000-0000-4000-8000-000000000301";
    public static final String TRAINER2 = "00000000-0000-4000-8000-000000000302";

    private final SensitiveDataCipher cipher;

    /** The cipher must hold the key of the service that will read the data (support status is sealed with it). */
    public OutcomeDataset(SensitiveDataCipher cipher) {
        this.cipher = cipher;
    }

    /** What was loaded, counted while generating (independently of the report code). */
    public record Summary(boolean alreadyLoaded, UUID programmeId, LocalDate asOf, int cohorts, int applied,
            int withConsent, int completedWithConsent, int certifiedWithConsent, int employedOnAsOf,
            int linkedShops, int openedShops, int shopsWithPaidOrders, int orderFacts,
            Map<String, Integer> shopProfiles) {
    }

    private record CohortPlan(int n, String name, String countyCode, String countyName, String track, LocalDate start,
            LocalDate end, List<String> trainers) {
    }

    static final List<CohortPlan> COHORTS = List.of(
            new CohortPlan(1, "临夏县2024秋季电商运营班", "622921", "临夏县", "SHOP_OPERATION",
                    LocalDate.of(2024, 9, 2), LocalDate.of(2024, 11, 29), List.of(TRAINER1)),
            new CohortPlan(2, "和政县2024秋季直播带货班", "622925", "和政县", "LIVE_STREAM_SELLING",
                    LocalDate.of(2024, 10, 8), LocalDate.of(2025, 1, 10), List.of(TRAINER1)),
            new CohortPlan(3, "东乡县2025春季电商运营班", "622926", "东乡族自治县", "SHOP_OPERATION",
                    LocalDate.of(2025, 2, 17), LocalDate.of(2025, 5, 16), List.of(TRAINER2)),
            new CohortPlan(4, "积石山县2025春季网店客服班", "622927", "积石山保安族东乡族撒拉族自治县", "CUSTOMER_SERVICE",
                    LocalDate.of(2025, 3, 3), LocalDate.of(2025, 5, 30), List.of(TRAINER2)),
            new CohortPlan(5, "临夏县2025夏季产品摄影班", "622921", "临夏县", "PRODUCT_PHOTOGRAPHY",
                    LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 26), List.of(TRAINER1)),
            new CohortPlan(6, "和政县2025秋季电商运营班", "622925", "和政县", "SHOP_OPERATION",
                    LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 28), List.of(TRAINER2, TRAINER1)));

    static UUID id(int kind, long n) {
        return new UUID(0x5EED000000004000L | ((long) kind << 16), 0x8000000000000000L | n);
    }

    private static Timestamp at(LocalDate day, int hour) {
        return Timestamp.from(day.atTime(hour, 0).atZone(China.ZONE).toInstant());
    }

    /** Loads the dataset through the connection, in one transaction of its own, unless it is there already. */
    public Summary load(Connection c) throws SQLException {
        boolean loaded;
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM programme WHERE id = ?")) {
            ps.setObject(1, PROGRAMME);
            loaded = ps.executeQuery().next();
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            Summary summary = generate(loaded ? null : new Batches(c), loaded);
            c.commit();
            return summary;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** Batched inserts, one statement per table, flushed at the end. */
    private static final class Batches {

        final Connection c;
        final Map<String, PreparedStatement> statements = new LinkedHashMap<>();

        Batches(Connection c) {
            this.c = c;
        }

        void add(String sql, Object... values) {
            try {
                PreparedStatement ps = statements.get(sql);
                if (ps == null) {
                    ps = c.prepareStatement(sql);
                    statements.put(sql, ps);
                }
                for (int i = 0; i < values.length; i++) {
                    ps.setObject(i + 1, values[i]);
                }
                ps.addBatch();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        void flush() throws SQLException {
            for (PreparedStatement ps : statements.values()) {
                ps.executeBatch();
                ps.close();
            }
        }
    }

    private Summary generate(Batches db, boolean loaded) throws SQLException {
        Random random = new Random(SEED);
        Timestamp now = at(LocalDate.of(2024, 8, 1), 9);
        boolean write = db != null;
        if (write) {
            db.add("INSERT INTO programme (id, name, description, created_at, updated_at, version) VALUES (?,?,?,?,?,0)",
                    PROGRAMME, "临夏州电商技能培训（演示数据）", "seeded outcomes dataset", now, now);
            for (String track : List.of("SHOP_OPERATION", "CUSTOMER_SERVICE", "LIVE_STREAM_SELLING",
                    "PRODUCT_PHOTOGRAPHY", "LOGISTICS")) {
                db.add("INSERT INTO programme_track (programme_id, track) VALUES (?,?)", PROGRAMME, track);
            }
        }
        UUID[] modules = new UUID[4];
        for (int m = 0; m < modules.length; m++) {
            modules[m] = id(2, m + 1);
            if (write) {
                db.add("INSERT INTO programme_module (id, programme_id, code, name, track, required_hours, pass_score, "
                        + "created_at) VALUES (?,?,?,?,NULL,16,60,?)", modules[m], PROGRAMME, "EC-10" + (m + 1),
                        List.of("网店开设与运营", "商品拍摄与详情页", "直播与短视频", "客服与售后").get(m), now);
            }
        }
        int applied = 0;
        int consenting = 0;
        int completed = 0;
        int certified = 0;
        int employed = 0;
        int linked = 0;
        int opened = 0;
        int selling = 0;
        int facts = 0;
        Map<String, Integer> profiles = new LinkedHashMap<>();
        String[] surnames = {"马", "王", "韩", "妥", "何", "冶", "穆", "苏", "赵", "张", "李", "杨"};
        String[] given = {"小花", "海燕", "建国", "玉兰", "文博", "晓东", "娟", "国强", "春梅", "志明", "丽", "磊"};
        SupportStatus[] statuses = SupportStatus.values();
        long person = 0;
        long fact = 0;
        for (CohortPlan plan : COHORTS) {
            UUID cohortId = id(3, plan.n());
            if (write) {
                db.add("INSERT INTO cohort (id, name, county_code, county_name, track, start_date, end_date, created_at, "
                        + "updated_at, version, programme_id) VALUES (?,?,?,?,?,?,?,?,?,0,?)", cohortId,
                        plan.name(), plan.countyCode(), plan.countyName(), plan.track(), Date.valueOf(plan.start()),
                        Date.valueOf(plan.end()), now, now, PROGRAMME);
                for (String trainer : plan.trainers()) {
                    db.add("INSERT INTO cohort_trainer (cohort_id, trainer_sub) VALUES (?,?)", cohortId, trainer);
                }
            }
            LocalDate exit = plan.end().plusDays(10);
            for (int i = 0; i < 120; i++) {
                person++;
                applied++;
                UUID trainee = id(4, person);
                UUID enrolment = id(5, person);
                boolean consent = random.nextInt(100) < 97;
                int path = random.nextInt(100); // <10 applied only, <13 enrolled only, <28 withdrawn, else completed
                SupportStatus status = statuses[random.nextInt(statuses.length)];
                long baseline = 60000 + random.nextInt(150) * 1000L;
                String name = surnames[random.nextInt(surnames.length)] + given[random.nextInt(given.length)];
                Timestamp created = at(plan.start().minusDays(20), 9);
                if (write) {
                    db.add("INSERT INTO trainee (id, name, county_code, county_name, baseline_income_fen, "
                            + "support_status_enc, crypto_key_id, created_by, created_at, updated_at, version) "
                            + "VALUES (?,?,?,?,?,?,?,?,?,?,0)", trainee, name, plan.countyCode(),
                            plan.countyName(), baseline,
                            cipher.seal(status.name(), trainee, SensitiveField.SUPPORT_STATUS),
                            cipher.currentKeyId(), "seed", created, created);
                    if (consent) {
                        db.add("INSERT INTO trainee_consent (id, trainee_id, scope, covers_shop_sales, given_at, "
                                + "recorded_by, recorded_at) VALUES (?,?,?,TRUE,?,?,?)", id(6, person), trainee,
                                "培训记录、店铺经营数据用于帮扶与成效统计（演示）", created, "seed", created);
                    }
                }
                if (consent) {
                    consenting++;
                }
                List<Object[]> moves = new ArrayList<>();
                moves.add(new Object[]{null, "APPLIED", created});
                String stage = "APPLIED";
                LocalDate exitDate = null;
                if (path >= 10) {
                    moves.add(new Object[]{"APPLIED", "ENROLLED", at(plan.start().minusDays(5), 10)});
                    stage = "ENROLLED";
                }
                if (path >= 13) {
                    moves.add(new Object[]{"ENROLLED", "ACTIVE", at(plan.start(), 9)});
                    if (path < 28) {
                        exitDate = plan.start().plusDays(30);
                        moves.add(new Object[]{"ACTIVE", "WITHDRAWN", at(exitDate, 10)});
                        moves.add(new Object[]{"WITHDRAWN", "EXITED", at(exitDate, 11)});
                    } else {
                        exitDate = exit;
                        moves.add(new Object[]{"ACTIVE", "COMPLETED", at(plan.end(), 16)});
                        moves.add(new Object[]{"COMPLETED", "EXITED", at(exit, 10)});
                    }
                    stage = "EXITED";
                }
                if (write) {
                    db.add("INSERT INTO enrolment (id, cohort_id, trainee_id, stage, exit_date, stage_changed_at, "
                            + "created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,0)", enrolment, cohortId,
                            trainee, stage, exitDate == null ? null : Date.valueOf(exitDate),
                            moves.get(moves.size() - 1)[2], created, created);
                    int k = 0;
                    for (Object[] m : moves) {
                        db.add("INSERT INTO enrolment_transition (id, enrolment_id, from_stage, to_stage, actor_sub, at, "
                                + "reason) VALUES (?,?,?,?,?,?,NULL)", id(7, person * 10 + k++), enrolment,
                                m[0], m[1], plan.trainers().get(0), m[2]);
                    }
                }
                if (path < 13) {
                    continue;
                }
                // Module results during the cohort: 1 to 3 modules, scores 40..98 (pass mark 60).
                int results = 1 + random.nextInt(3);
                for (int r = 0; r < results; r++) {
                    int score = 40 + random.nextInt(59);
                    LocalDate day = plan.start().plusDays(20L + 20L * r);
                    if (write) {
                        db.add("INSERT INTO assessment_result (id, trainee_id, module_id, score, passed, assessed_on, "
                                + "assessor_sub, created_at) VALUES (?,?,?,?,?,?,?,?)", id(8, person * 10 + r),
                                trainee, modules[r], new java.math.BigDecimal(score), score >= 60, Date.valueOf(day),
                                plan.trainers().get(0), at(day, 17));
                    }
                }
                if (path < 28) {
                    continue;
                }
                if (consent) {
                    completed++;
                }
                if (random.nextInt(100) < 85) {
                    LocalDate issued = plan.end().plusDays(20);
                    if (consent) {
                        certified++;
                    }
                    String workType = List.of("LIVE_STREAM_SELLER", "PRODUCT_SELECTOR", "VIDEO_PROMOTER",
                            "PLATFORM_MANAGER").get(random.nextInt(4));
                    String level = random.nextInt(4) == 0 ? "LEVEL_4" : "LEVEL_5";
                    String verification = code(random);
                    if (write) {
                        db.add("INSERT INTO certificate (id, trainee_id, work_type, level, issued_on, expires_on, "
                                + "verification_code, issued_by, created_at) VALUES (?,?,?,?,?,NULL,?,?,?)",
                                id(9, person), trainee, workType, level, Date.valueOf(issued), verification, "seed",
                                at(issued, 10));
                    }
                }
                int outcome = random.nextInt(100); // <26 job, <30 job + shop, <66 shop, else neither
                if (outcome < 30) {
                    LocalDate start = exit.plusDays(15 + random.nextInt(60));
                    LocalDate end = random.nextInt(100) < 20 ? start.plusDays(100 + random.nextInt(150)) : null;
                    long wage = 250000 + random.nextInt(271) * 1000L;
                    String employer = "临夏电商产业园" + (1 + random.nextInt(8)) + "号企业";
                    if (consent && !start.isAfter(AS_OF) && (end == null || !end.isBefore(AS_OF))) {
                        employed++;
                    }
                    if (write) {
                        db.add("INSERT INTO placement (id, trainee_id, employer_name, employer_key, role, start_date, "
                                + "end_date, monthly_wage_fen, training_related, verification, recorded_by, "
                                + "created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
                                id(10, person), trainee, employer, employer, "网店运营", Date.valueOf(start),
                                end == null ? null : Date.valueOf(end), wage, true, "EMPLOYER_CONFIRMED", "seed",
                                at(start, 9), at(start, 9));
                    }
                }
                if (outcome < 26 || outcome >= 66 || !consent) {
                    continue;
                }
                // A linked shop. Profiles: REGULAR (2–4 orders every month to asOf), FADING (sells 2–4 months, stops
                // before March 2026), SPORADIC (an order every 2–3 months to asOf), NO_SALE, NOT_OPENED.
                linked++;
                UUID shop = id(11, person);
                int p = random.nextInt(100);
                String profile = p < 45 ? "REGULAR"
                        : p < 70 ? "FADING"
                                : p < 85 ? "SPORADIC"
                                        : p < 95 ? "NO_SALE"
                                                : "NOT_OPENED";
                profiles.merge(profile, 1, Integer::sum);
                LocalDate openedOn = exit.plusDays(10 + random.nextInt(70));
                if (write) {
                    db.add("INSERT INTO shop_link (trainee_id, shop_id, owner_sub, linked_by, linked_at, version) "
                            + "VALUES (?,?,?,?,?,0)", trainee, shop, "seed-seller-" + person,
                            plan.trainers().get(0), at(exit, 15));
                    db.add("INSERT INTO shop_link_audit (id, trainee_id, action, shop_id, owner_sub, actor_sub, at, "
                            + "reason) VALUES (?,?,'LINKED',?,?,?,?,?)", id(12, person), trainee, shop,
                            "seed-seller-" + person, plan.trainers().get(0), at(exit, 15), "seed");
                    db.add("INSERT INTO shop_opening (shop_id, approved_at, checked_at) VALUES (?,?,?)", shop,
                            "NOT_OPENED".equals(profile) ? null : at(openedOn, 11), at(AS_OF, 12));
                }
                if ("NOT_OPENED".equals(profile)) {
                    continue;
                }
                opened++;
                List<LocalDate> orderDays = new ArrayList<>();
                YearMonth first = YearMonth.from(openedOn);
                if ("REGULAR".equals(profile)) {
                    for (YearMonth m = first; !m.isAfter(YearMonth.from(AS_OF)); m = m.plusMonths(1)) {
                        int n = 2 + random.nextInt(3);
                        for (int k = 0; k < n; k++) {
                            orderDays.add(m.atDay(3 + random.nextInt(24)));
                        }
                    }
                } else if ("FADING".equals(profile)) {
                    int months = 2 + random.nextInt(3);
                    for (YearMonth m = first; m.isBefore(first.plusMonths(months)); m = m.plusMonths(1)) {
                        orderDays.add(m.atDay(3 + random.nextInt(24)));
                    }
                    orderDays.removeIf(d -> d.isAfter(LocalDate.of(2026, 2, 28)));
                } else if ("SPORADIC".equals(profile)) {
                    for (YearMonth m = first; !m.isAfter(YearMonth.from(AS_OF)); m = m
                            .plusMonths(2 + random.nextInt(2))) {
                        orderDays.add(m.atDay(3 + random.nextInt(24)));
                    }
                }
                orderDays.removeIf(d -> d.isBefore(openedOn) || d.isAfter(AS_OF));
                boolean sold = false;
                for (LocalDate day : orderDays) {
                    fact++;
                    UUID order = id(13, fact);
                    long total = 3000 + random.nextInt(271) * 100L;
                    long commission = Math.floorDiv(total * 200 + 5000, 10000);
                    int refund = random.nextInt(100); // <6 fully refunded a day later, <10 partly
                    Timestamp paidAt = at(day, 10 + random.nextInt(10));
                    facts++;
                    if (write) {
                        fact(db, id(14, fact * 4), fact * 4, "ORDER_PAID", paidAt, order, shop, total, commission, 0, 0,
                                false);
                    }
                    if (refund < 10) {
                        long back = refund < 6 ? total : total / 3;
                        long commissionBack = refund < 6 ? commission : Math.floorDiv(commission, 3);
                        facts++;
                        if (write) {
                            fact(db, id(14, fact * 4 + 1), fact * 4 + 1, "ORDER_REFUNDED",
                                    at(day.plusDays(1), 12), order, shop, total, commission, back, commissionBack,
                                    refund < 6);
                        }
                    }
                    sold |= refund >= 6;
                }
                if ("NO_SALE".equals(profile)) {
                    fact++;
                    facts++;
                    if (write) {
                        fact(db, id(14, fact * 4 + 2), fact * 4 + 2, "ORDER_CANCELLED", at(openedOn.plusDays(5), 10),
                                id(13, fact), shop, 5000, 100, 0, 0, false);
                    }
                }
                if (sold) {
                    selling++;
                }
            }
        }
        if (write) {
            db.flush();
        }
        return new Summary(loaded, PROGRAMME, AS_OF, COHORTS.size(), applied, consenting, completed, certified,
                employed, linked, opened, selling, facts, profiles);
    }

    private static void fact(Batches db, UUID eventId, long sequence, String type, Timestamp at, UUID order, UUID shop,
            long total, long commission, long refund, long commissionRefund, boolean full) {
        db.add("INSERT INTO order_fact (event_id, sequence, type, occurred_at, shop_order_id, shop_id, total_fen, "
                + "commission_fen, refund_fen, commission_refund_fen, fully_refunded, source) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,'DEMO')", eventId, sequence, type, at, order, shop, total,
                commission, refund, commissionRefund, full);
    }

    private static String code(Random random) {
        String alphabet = CertificateService.ALPHABET;
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CertificateService.CODE_LENGTH; i++) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return code.toString();
    }

}
