import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Writes a realistic catalog for the search benchmark as PostgreSQL COPY text files (one per table) into a
 * directory: a category tree, a few hundred shops in real Linxia / Gansu / Guizhou counties, products with Chinese
 * (and often English) names built from real place names, specialty products, packaging and weights, 1-3 SKUs each
 * with stock, and halal certificates. Deterministic (fixed seed).
 *
 * <pre>java benchmarks/search/GenerateData.java OUT_DIR [PRODUCTS=100000] [SHOPS=300]</pre>
 */
public class GenerateData {

    record County(String code, String name, String[] townships) {
    }

    record Kind(String category, String[] zh, String[] en, boolean halal, String temperature, int minFen, int maxFen) {
    }

    static final County[] COUNTIES = {
            new County("622921", "临夏县", new String[]{"韩集镇", "土桥镇", "尹集镇", "北塬乡"}),
            new County("622922", "康乐县", new String[]{"附城镇", "苏集镇", "胭脂镇"}),
            new County("622923", "永靖县", new String[]{"刘家峡镇", "盐锅峡镇", "太极镇"}),
            new County("622924", "广河县", new String[]{"城关镇", "三甲集镇", "祁家集镇"}),
            new County("622925", "和政县", new String[]{"城关镇", "买家集镇", "松鸣镇"}),
            new County("622926", "东乡族自治县", new String[]{"锁南镇", "达板镇", "河滩镇"}),
            new County("622927", "积石山县", new String[]{"吹麻滩镇", "大河家镇", "居集镇"}),
            new County("622901", "临夏市", new String[]{"城南街道", "八坊街道", "折桥镇"}),
            new County("620826", "静宁县", new String[]{"城关镇", "威戎镇", "界石铺镇"}),
            new County("621126", "岷县", new String[]{"岷阳镇", "梅川镇", "西寨镇"}),
            new County("620525", "张家川回族自治县", new String[]{"张家川镇", "龙山镇", "恭门镇"}),
            new County("621226", "礼县", new String[]{"城关镇", "盐官镇", "永兴镇"}),
            new County("522634", "雷山县", new String[]{"丹江镇", "西江镇", "郎德镇"}),
            new County("522633", "从江县", new String[]{"丙妹镇", "贯洞镇", "加榜乡"}),
            new County("522630", "台江县", new String[]{"台拱街道", "施洞镇", "革一镇"}),
            new County("522632", "榕江县", new String[]{"古州镇", "忠诚镇", "栽麻镇"}),
            new County("522732", "三都水族自治县", new String[]{"三合街道", "周覃镇", "九阡镇"}),
            new County("520326", "务川仡佬族苗族自治县", new String[]{"都濡街道", "丰乐镇", "黄都镇"}),
    };

    static final String[] REGIONS = {"临夏", "河州", "东乡", "积石山", "广河", "康乐", "和政", "甘南", "定西", "静宁",
            "天水", "陇南", "兰州", "宁夏", "黔东南", "雷山", "从江", "榕江", "三都", "台江", "苗岭", "贵州"};
    static final String[] REGIONS_EN = {"Linxia", "Hezhou", "Dongxiang", "Jishishan", "Guanghe", "Kangle", "Hezheng",
            "Gannan", "Dingxi", "Jingning", "Tianshui", "Longnan", "Lanzhou", "Ningxia", "Qiandongnan", "Leishan",
            "Congjiang", "Rongjiang", "Sandu", "Taijiang", "Miaoling", "Guizhou"};

    static final Kind[] KINDS = {
            new Kind("beef", new String[]{"清真牛肉干", "五香牛肉干", "风干牦牛肉", "酱牛肉", "牛肉粒"},
                    new String[]{"halal beef jerky", "spiced beef jerky", "air-dried yak beef", "braised beef", "beef bites"},
                    true, "AMBIENT", 2800, 16800),
            new Kind("mutton", new String[]{"手抓羊肉", "东乡手抓羊肉", "清真羊排", "羔羊肉", "羊肉串"},
                    new String[]{"hand-pulled mutton", "Dongxiang mutton", "halal lamb ribs", "lamb", "lamb skewers"},
                    true, "FROZEN", 4800, 39800),
            new Kind("fresh-beef", new String[]{"鲜牛腱子", "牛腩", "牛排", "牛骨汤"},
                    new String[]{"fresh beef shank", "beef brisket", "beef steak", "beef bone soup"},
                    true, "CHILLED", 5800, 29800),
            new Kind("walnut", new String[]{"薄皮核桃", "核桃仁", "纸皮核桃", "野生核桃"},
                    new String[]{"thin-shell walnuts", "walnut kernels", "paper-shell walnuts", "wild walnuts"},
                    false, "AMBIENT", 1800, 9800),
            new Kind("wolfberry", new String[]{"枸杞", "黑枸杞", "红枸杞", "枸杞原浆"},
                    new String[]{"goji berries", "black goji berries", "red goji berries", "goji juice"},
                    false, "AMBIENT", 2500, 19800),
            new Kind("lily", new String[]{"百合", "鲜百合", "百合干", "甜百合"},
                    new String[]{"lily bulbs", "fresh lily bulbs", "dried lily", "sweet lily"},
                    false, "AMBIENT", 1900, 12800),
            new Kind("apple", new String[]{"苹果", "红富士苹果", "花牛苹果", "冰糖心苹果"},
                    new String[]{"apples", "Fuji apples", "Huaniu apples", "sugar-heart apples"},
                    false, "AMBIENT", 2990, 8990),
            new Kind("pepper", new String[]{"花椒", "大红袍花椒", "青花椒", "花椒粉"},
                    new String[]{"Sichuan pepper", "red Sichuan pepper", "green Sichuan pepper", "pepper powder"},
                    false, "AMBIENT", 1500, 8800),
            new Kind("tea", new String[]{"茶叶", "都匀毛尖", "高山绿茶", "红茶", "苦荞茶", "三泡台"},
                    new String[]{"tea", "Duyun Maojian tea", "mountain green tea", "black tea", "tartary buckwheat tea",
                            "sanpaotai tea"}, false, "AMBIENT", 2800, 39800),
            new Kind("bacon", new String[]{"腊肉", "烟熏腊肉", "腊肠", "酸汤鱼"},
                    new String[]{"cured pork", "smoked bacon", "cured sausage", "sour soup fish"},
                    false, "AMBIENT", 3800, 19800),
            new Kind("potato", new String[]{"土豆", "洋芋粉条", "马铃薯", "当归", "党参"},
                    new String[]{"potatoes", "potato noodles", "potatoes", "angelica root", "codonopsis root"},
                    false, "AMBIENT", 990, 29800),
            new Kind("embroidery", new String[]{"刺绣", "苗绣挂画", "手工刺绣香包", "民族刺绣围巾", "银饰"},
                    new String[]{"embroidery", "Miao embroidery painting", "embroidered sachet", "embroidered scarf",
                            "silver jewellery"}, false, "AMBIENT", 3900, 99800),
            new Kind("carving", new String[]{"砖雕", "河州砖雕摆件", "葫芦雕刻", "木雕"},
                    new String[]{"brick carving", "Hezhou brick carving", "carved gourd", "wood carving"},
                    false, "AMBIENT", 8800, 199800),
    };

    static final String[] ADJECTIVES = {"", "", "", "特级", "农家", "手工", "有机", "精选", "新货", "散装", "原生态", "古法"};
    static final String[] PACKS = {"500g", "250g×2袋", "1kg", "2.5kg礼盒装", "5斤装", "真空包装 500克", "罐装 300g",
            "家庭装", "礼盒装", "10袋", "1件", "2件套"};
    static final String[] PHRASES = {"产地直发", "当季新货", "建档立卡贫困户种植", "合作社统一收购", "无添加", "冷链配送",
            "清真认证", "手工制作", "高原生长", "日照充足", "坏果包赔", "溯源可查", "助农扶贫", "肉质鲜嫩", "颗粒饱满",
            "口感香甜", "传统工艺", "非遗传承", "民族特色", "送礼佳品", "现摘现发", "原产地", "全程可追溯"};
    static final String[] SUPPORT = {"NONE", "NONE", "SUPPORTED_HOUSEHOLD", "TRAINEE"};

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench-data");
        int products = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int shops = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Files.createDirectories(out);
        Random random = new Random(20250301);
        OffsetDateTime base = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));

        // Category tree: three roots, one leaf per kind (two levels below halal food).
        List<UUID> kindCategory = new ArrayList<>();
        UUID halalRoot = uuid(random);
        UUID meatMid = uuid(random);
        UUID produceRoot = uuid(random);
        UUID craftsRoot = uuid(random);
        try (BufferedWriter w = writer(out, "category.tsv")) {
            row(w, halalRoot, "halal-food", "清真食品", "Halal food", null, true, 1, now, now);
            row(w, meatMid, "halal-meat", "牛羊肉", "Beef and mutton", halalRoot, true, 1, now, now);
            row(w, produceRoot, "produce", "农特产品", "Farm produce", null, false, 2, now, now);
            row(w, craftsRoot, "crafts", "民族手工艺品", "Ethnic crafts", null, false, 3, now, now);
            for (int i = 0; i < KINDS.length; i++) {
                Kind kind = KINDS[i];
                UUID id = uuid(random);
                kindCategory.add(id);
                UUID parent = kind.halal ? meatMid : kind.category.equals("embroidery") || kind.category.equals("carving")
                        ? craftsRoot : produceRoot;
                row(w, id, kind.category, kind.zh[0], kind.en[0], parent, kind.halal, i, now, now);
            }
        }

        UUID[] shopIds = new UUID[shops];
        County[] shopCounty = new County[shops];
        boolean[] shopHalal = new boolean[shops];
        try (BufferedWriter w = writer(out, "shop.tsv"); BufferedWriter certs = writer(out, "halal_certificate.tsv");
             BufferedWriter certCats = writer(out, "halal_certificate_category.tsv")) {
            for (int s = 0; s < shops; s++) {
                County county = COUNTIES[random.nextInt(COUNTIES.length)];
                String township = county.townships[random.nextInt(county.townships.length)];
                shopIds[s] = uuid(random);
                shopCounty[s] = county;
                shopHalal[s] = county.code.startsWith("6229") && random.nextInt(3) > 0;
                String name = township.replaceAll("(镇|乡|街道)$", "") + new String[]{"农民专业合作社", "特产店", "小马家",
                        "扶贫车间", "电商服务站", "马大姐土特产"}[random.nextInt(6)];
                String status = random.nextInt(100) < 95 ? "APPROVED" : random.nextBoolean() ? "SUSPENDED" : "UNDER_REVIEW";
                String support = SUPPORT[random.nextInt(SUPPORT.length)];
                OffsetDateTime created = base.plusDays(random.nextInt(300));
                row(w, shopIds[s], "seller-" + s, name, null, county.code, county.name, township, "马师傅",
                        "13800000000", "土特产", shopHalal[s], support, support.equals("NONE") ? false : random.nextBoolean(),
                        status, created, created);
                if (shopHalal[s]) {
                    UUID cert = uuid(random);
                    boolean expired = random.nextInt(5) == 0;
                    LocalDate to = expired ? today.minusDays(1 + random.nextInt(60)) : today.plusDays(30 + random.nextInt(700));
                    row(certs, cert, shopIds[s], "临夏州伊斯兰教协会", "LX-QZ-" + s, "牛羊肉及制品", to.minusYears(2), to,
                            "ACTIVE", created, created);
                    row(certCats, cert, random.nextBoolean() ? halalRoot : meatMid);
                }
            }
        }

        try (BufferedWriter pw = writer(out, "product.tsv"); BufferedWriter sw = writer(out, "sku.tsv");
             BufferedWriter st = writer(out, "sku_stock.tsv")) {
            for (int p = 0; p < products; p++) {
                int shop = random.nextInt(shops);
                int kindIndex = shopHalal[shop] && random.nextInt(3) > 0 ? random.nextInt(3)
                        : random.nextInt(KINDS.length);
                Kind kind = KINDS[kindIndex];
                int variant = random.nextInt(kind.zh.length);
                int region = random.nextInt(REGIONS.length);
                String adjective = ADJECTIVES[random.nextInt(ADJECTIVES.length)];
                String pack = PACKS[random.nextInt(PACKS.length)];
                String nameZh = REGIONS[region] + adjective + kind.zh[variant] + " " + pack;
                String nameEn = random.nextInt(2) == 0 ? null
                        : REGIONS_EN[region] + " " + kind.en[variant] + " " + pack.replaceAll("[^0-9a-z.×]", "");
                StringBuilder description = new StringBuilder(shopCounty[shop].name).append(kind.zh[variant]).append('，');
                for (int k = 0, n = 3 + random.nextInt(4); k < n; k++) {
                    description.append(PHRASES[random.nextInt(PHRASES.length)]).append(k + 1 < n ? "，" : "。");
                }
                String descriptionEn = nameEn == null ? null : "Direct from " + shopCounty[shop].name + ", " + kind.en[variant]
                        + " packed and shipped by a local cooperative.";
                int r = random.nextInt(100);
                String status = r < 90 ? "APPROVED" : r < 94 ? "PENDING_REVIEW" : r < 97 ? "UNLISTED" : "DRAFT";
                OffsetDateTime created = base.plusMinutes(random.nextInt(600 * 24 * 60));
                OffsetDateTime published = status.equals("APPROVED") || status.equals("UNLISTED")
                        ? created.plusHours(1 + random.nextInt(72)) : null;
                UUID productId = uuid(random);
                row(pw, productId, shopIds[shop], kindCategory.get(kindIndex), nameZh, nameEn, description, descriptionEn,
                        status, null, published == null ? null : created, published, created,
                        published == null ? created : published);
                for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
                    UUID skuId = uuid(random);
                    long price = (kind.minFen + random.nextInt(kind.maxFen - kind.minFen)) / 10 * 10;
                    boolean active = random.nextInt(20) > 0;
                    row(sw, skuId, productId, "SC-" + p + "-" + k, new String[]{"标准装", "家庭装", "礼盒装"}[k], null,
                            "件", 500 * (k + 1), 600 * (k + 1), 2000 * (k + 1), kind.temperature, 180, price, "CNY", active,
                            created, created);
                    int onHand = random.nextInt(10) == 0 ? 0 : random.nextInt(200);
                    int reserved = onHand == 0 ? 0 : random.nextInt(onHand / 4 + 1);
                    OffsetDateTime confirmed = now.minusHours(random.nextInt(24 * 5));
                    row(st, skuId, onHand, reserved, confirmed, now);
                }
            }
        }
        System.out.printf("Wrote %d products, %d shops, %d categories to %s%n", products, shops, KINDS.length + 4, out);
    }

    static UUID uuid(Random random) {
        return new UUID(random.nextLong(), random.nextLong());
    }

    static BufferedWriter writer(Path dir, String name) throws IOException {
        return Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
    }

    /** One line of COPY text format: tab-separated, \N for null, backslash escapes. */
    static void row(BufferedWriter w, Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                w.write('\t');
            }
            Object v = values[i];
            w.write(v == null ? "\\N" : v.toString().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
        }
        w.write('\n');
    }
}
