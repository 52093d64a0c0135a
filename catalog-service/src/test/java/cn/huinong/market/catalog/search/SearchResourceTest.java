package cn.huinong.market.catalog.search;

import static cn.huinong.market.catalog.CatalogApi.buyer;
import static cn.huinong.market.catalog.search.SearchFixtures.BASE;
import static cn.huinong.market.catalog.search.SearchFixtures.category;
import static cn.huinong.market.catalog.search.SearchFixtures.certificate;
import static cn.huinong.market.catalog.search.SearchFixtures.exec;
import static cn.huinong.market.catalog.search.SearchFixtures.product;
import static cn.huinong.market.catalog.search.SearchFixtures.shop;
import static cn.huinong.market.catalog.search.SearchFixtures.sku;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchResourceTest {

    private static final String PATH = "/api/catalog/search";
    private static final String LINXIA = "622921";
    private static final String GUANGHE = "622924";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Inject ProductIndexer indexer;

    @Inject SearchIndexJobs jobs;

    UUID food;
    UUID meat;
    UUID dried;
    UUID produce;
    UUID crafts;
    UUID linxiaShop;
    UUID guangheShop;

    @BeforeEach
    void world() {
        TestDatabase.truncateAllExcept();
        food = category("food", "清真食品", null, true);
        meat = category("meat", "牛羊肉", food, true);
        dried = category("dried-meat", "肉干", meat, true);
        produce = category("produce", "农产品", null, false);
        crafts = category("crafts", "手工艺品", null, false);
        linxiaShop = shop("临夏马家清真食品", LINXIA, "临夏县", "APPROVED", "SUPPORTED_HOUSEHOLD", true);
        guangheShop = shop("广河土特产合作社", GUANGHE, "广河县", "APPROVED", "TRAINEE", false);
    }

    private UUID listed(UUID shop, UUID category, String nameZh, String nameEn, long priceFen, int minutesAfterBase) {
        UUID id = product(shop, category, nameZh, nameEn, null, BASE.plusMinutes(minutesAfterBase));
        sku(id, priceFen);
        indexer.reindex(id);
        return id;
    }

    private static JsonPath search(UnaryOperator<RequestSpecification> params) {
        return params.apply(given()).when().get(PATH).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> ids(UnaryOperator<RequestSpecification> params) {
        return search(params).getList("items.id");
    }

    @Test
    void twoChineseCharactersFindProductsContainingThem() {
        UUID jerky = listed(linxiaShop, dried, "清真牛肉干", null, 3800, 1);
        UUID milk = listed(guangheShop, produce, "纯牛奶", null, 1200, 2);
        UUID gouqi = listed(guangheShop, produce, "宁夏枸杞", null, 2500, 3);
        UUID juice = listed(guangheShop, produce, "枸杞原浆 30ml×10", null, 9900, 4);

        assertEquals(List.of(jerky.toString()), ids(r -> r.queryParam("q", "牛肉")));
        assertTrue(!ids(r -> r.queryParam("q", "牛肉")).contains(milk.toString()));
        assertEquals(List.of(juice.toString(), gouqi.toString()), ids(r -> r.queryParam("q", "枸杞")),
                "both match equally well: newest first");
        assertEquals(List.of(jerky.toString()), ids(r -> r.queryParam("q", "清真牛肉干")));
        assertEquals(List.of(jerky.toString()), ids(r -> r.queryParam("q", "清真 牛肉")), "query words are ANDed");
        assertEquals(List.of(), ids(r -> r.queryParam("q", "牛肉奶")));
        assertEquals(List.of(milk.toString(), jerky.toString()), ids(r -> r.queryParam("q", "牛")),
                "one character matches any name containing it");
    }

    @Test
    void englishWordsMatchWholeWordsPluralsAndPrefixes() {
        UUID walnuts = listed(linxiaShop, produce, "临夏核桃", "Linxia walnuts", 4500, 1);
        listed(linxiaShop, produce, "百合", "Lanzhou lily", 3000, 2);
        for (String q : List.of("walnut", "Walnuts", "WALNUT", "waln", "linxia walnut", "核桃")) {
            assertEquals(List.of(walnuts.toString()), ids(r -> r.queryParam("q", q)), q);
        }
        assertEquals(List.of(), ids(r -> r.queryParam("q", "walnut lily")));
    }

    @Test
    void itemsCarryShopPlaceCategoryPriceAndLabels() {
        UUID jerky = product(linxiaShop, dried, "清真牛肉干", "Halal beef jerky", "风干牦牛肉", BASE.plusHours(1));
        sku(jerky, 5200);
        sku(jerky, 3800);
        sku(jerky, 1000, "AMBIENT", false, 10, 0, null);
        certificate(linxiaShop, TODAY.minusYears(1), TODAY.plusYears(1), "ACTIVE", food);
        indexer.reindex(jerky);
        given().queryParam("q", "牛肉干").when().get(PATH).then().statusCode(200)
                .body("items", hasSize(1)).body("nextCursor", nullValue())
                .body("items[0].id", equalTo(jerky.toString()))
                .body("items[0].nameZh", equalTo("清真牛肉干"))
                .body("items[0].nameEn", equalTo("Halal beef jerky"))
                .body("items[0].shopId", equalTo(linxiaShop.toString()))
                .body("items[0].shopNameZh", equalTo("临夏马家清真食品"))
                .body("items[0].countyCode", equalTo(LINXIA))
                .body("items[0].countyName", equalTo("临夏县"))
                .body("items[0].categoryId", equalTo(dried.toString()))
                .body("items[0].categoryNameZh", equalTo("肉干"))
                .body("items[0].minPriceFen", equalTo(3800))
                .body("items[0].currency", equalTo("CNY"))
                .body("items[0].inStock", equalTo(true))
                .body("items[0].halal", equalTo(true))
                .body("items[0].supportLabel", equalTo(true))
                .body("items[0].publishedAt", equalTo("2025-03-01T09:00:00Z"));
        UUID apples = listed(guangheShop, produce, "静宁苹果", null, 6000, 2);
        given().queryParam("q", "苹果").when().get(PATH).then().statusCode(200)
                .body("items[0].id", equalTo(apples.toString()))
                .body("items[0].halal", equalTo(false))
                // a trainee shop that did not consent shows no label
                .body("items[0].supportLabel", equalTo(false));
    }

    @Test
    void relevanceRanksNameAbovePlaceAboveDescription() {
        UUID inDescription = product(guangheShop, produce, "农家小礼盒", null, "内含核桃和红枣", BASE.plusDays(3));
        sku(inDescription, 1000);
        UUID inName = product(guangheShop, produce, "薄皮核桃", null, null, BASE);
        sku(inName, 1000);
        UUID kangle = shop("康乐核桃店", "622922", "核桃县", "APPROVED");
        UUID inPlace = product(kangle, produce, "土蜂蜜", null, null, BASE.plusDays(5));
        sku(inPlace, 1000);
        indexer.reindexShop(guangheShop);
        indexer.reindexShop(kangle);
        assertEquals(List.of(inName.toString(), inPlace.toString(), inDescription.toString()),
                ids(r -> r.queryParam("q", "核桃")));
        assertEquals(List.of(inPlace.toString(), inDescription.toString(), inName.toString()),
                ids(r -> r.queryParam("q", "核桃").queryParam("sort", "newest")));
    }

    @Test
    void categoryFilterIncludesSubCategoriesAndCountyFilterUsesTheShop() {
        UUID jerky = listed(linxiaShop, dried, "清真牛肉干", null, 3800, 1);
        UUID mutton = listed(guangheShop, meat, "手抓羊肉", null, 6800, 2);
        UUID walnuts = listed(linxiaShop, produce, "临夏核桃", null, 4500, 3);
        UUID carving = listed(guangheShop, crafts, "河州砖雕摆件", null, 28800, 4);

        assertEquals(List.of(mutton.toString(), jerky.toString()),
                ids(r -> r.queryParam("categoryId", food.toString())));
        assertEquals(List.of(jerky.toString()), ids(r -> r.queryParam("categoryId", dried.toString())));
        assertEquals(List.of(walnuts.toString(), jerky.toString()), ids(r -> r.queryParam("county", LINXIA)));
        assertEquals(List.of(carving.toString()),
                ids(r -> r.queryParam("county", GUANGHE).queryParam("categoryId", crafts.toString())));
        assertEquals(List.of(), ids(r -> r.queryParam("county", "620100")));
        assertEquals(List.of(), ids(r -> r.queryParam("categoryId", UUID.randomUUID().toString())));
    }

    @Test
    void halalFlagIsComputedFromCertificatesValidTodayForTheCategoryOrAnAncestor() {
        UUID jerky = listed(linxiaShop, dried, "清真牛肉干", null, 3800, 1);
        UUID walnuts = listed(linxiaShop, produce, "临夏核桃", null, 4500, 2);
        UUID mutton = listed(guangheShop, meat, "手抓羊肉", null, 6800, 3);
        certificate(linxiaShop, TODAY.minusYears(1), TODAY.plusYears(1), "ACTIVE", food);
        UUID expired = certificate(guangheShop, TODAY.minusYears(1), TODAY.minusDays(1), "ACTIVE", meat);
        certificate(guangheShop, TODAY.plusDays(1), TODAY.plusYears(1), "ACTIVE", meat);
        certificate(guangheShop, TODAY.minusYears(1), TODAY.plusYears(1), "SUSPENDED", meat);

        assertEquals(List.of(jerky.toString()), ids(r -> r.queryParam("halal", "true")),
                "covered through the ancestor category; produce is not covered; expired/future/suspended count not");
        assertEquals(List.of(mutton.toString(), walnuts.toString()), ids(r -> r.queryParam("halal", "false")));
        assertEquals(List.of(false, false, true),
                search(r -> r.queryParam("sort", "newest")).getList("items.halal"));

        exec("UPDATE halal_certificate SET valid_to = ? WHERE id = ?", TODAY, expired);
        assertEquals(List.of(mutton.toString(), jerky.toString()), ids(r -> r.queryParam("halal", "true")),
                "valid on its last day");
        exec("UPDATE halal_certificate SET valid_to = ? WHERE shop_id = ?", TODAY.minusDays(1), linxiaShop);
        assertEquals(List.of(mutton.toString()), ids(r -> r.queryParam("halal", "true")),
                "the flag disappears once valid_to is past, with no re-index");
        assertEquals(false, search(r -> r.queryParam("q", "牛肉干")).getBoolean("items[0].halal"));
    }

    @Test
    void priceRangeUsesTheCheapestSellableSku() {
        UUID cheap = listed(linxiaShop, produce, "红枣", null, 1500, 1);
        UUID middle = listed(linxiaShop, produce, "百合干", null, 3000, 2);
        UUID dear = listed(linxiaShop, produce, "野生花椒", null, 9000, 3);
        sku(dear, 2000, "AMBIENT", true, 5, 5, null); // cheaper, but all of it reserved: not sellable

        assertEquals(List.of(middle.toString(), cheap.toString()), ids(r -> r.queryParam("maxPriceFen", "3000")));
        assertEquals(List.of(dear.toString(), middle.toString()), ids(r -> r.queryParam("minPriceFen", "3000")));
        assertEquals(List.of(middle.toString()),
                ids(r -> r.queryParam("minPriceFen", "1501").queryParam("maxPriceFen", "8999")));
        assertEquals(9000, search(r -> r.queryParam("q", "花椒")).getInt("items[0].minPriceFen"));
    }

    @Test
    void inStockFollowsTheSellableRule() {
        UUID inStock = listed(linxiaShop, produce, "临夏核桃", null, 4500, 1);
        UUID soldOut = product(linxiaShop, produce, "核桃仁", null, null, BASE.plusMinutes(2));
        sku(soldOut, 3000, "AMBIENT", true, 4, 4, null);
        UUID inactive = product(linxiaShop, produce, "核桃油", null, null, BASE.plusMinutes(3));
        sku(inactive, 3000, "AMBIENT", false, 10, 0, null);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID staleChilled = product(linxiaShop, produce, "鲜核桃", null, null, BASE.plusMinutes(4));
        sku(staleChilled, 3000, "CHILLED", true, 10, 0, now.minusDays(3));
        UUID freshFrozen = product(linxiaShop, produce, "冻核桃", null, null, BASE.plusMinutes(5));
        sku(freshFrozen, 3000, "FROZEN", true, 10, 0, now.minusHours(20));
        UUID neverConfirmed = product(linxiaShop, produce, "冰核桃", null, null, BASE.plusMinutes(6));
        sku(neverConfirmed, 3000, "CHILLED", true, 10, 0, null);
        UUID noSku = product(linxiaShop, produce, "核桃枝", null, null, BASE.plusMinutes(7));
        indexer.reindexShop(linxiaShop);

        assertEquals(List.of(freshFrozen.toString(), inStock.toString()),
                ids(r -> r.queryParam("q", "核桃").queryParam("inStock", "true")));
        assertEquals(List.of(noSku.toString(), neverConfirmed.toString(), staleChilled.toString(), inactive.toString(),
                soldOut.toString()), ids(r -> r.queryParam("q", "核桃").queryParam("inStock", "false")));
        JsonPath all = search(r -> r.queryParam("q", "核桃").queryParam("sort", "newest"));
        assertEquals(List.of(false, false, true, false, false, false, true), all.getList("items.inStock"));
        assertEquals((Object) null, all.get("items[0].minPriceFen"), "nothing sellable: no price");

        exec("UPDATE sku_stock SET reserved = 0 WHERE sku_id IN (SELECT id FROM sku WHERE product_id = ?)", soldOut);
        assertTrue(ids(r -> r.queryParam("q", "核桃").queryParam("inStock", "true")).contains(soldOut.toString()),
                "stock is read live: no re-index needed");
    }

    @Test
    void onlyApprovedProductsOfApprovedShopsAppearEvenWhenTheIndexIsStale() {
        UUID visible = listed(linxiaShop, produce, "临夏百合", null, 3000, 1);
        for (String status : List.of("DRAFT", "PENDING_REVIEW", "REJECTED", "UNLISTED")) {
            UUID hidden = product(linxiaShop, produce, "百合" + status, null, null, status, BASE);
            sku(hidden, 1000);
            indexer.reindex(hidden);
        }
        UUID suspended = shop("停业的店", LINXIA, "临夏县", "SUSPENDED");
        UUID applied = shop("新开的店", LINXIA, "临夏县", "APPLIED");
        for (UUID shop : List.of(suspended, applied)) {
            UUID p = product(shop, produce, "兰州百合", null, null, BASE);
            sku(p, 1000);
            indexer.reindex(p);
        }
        assertEquals(List.of(visible.toString()), ids(r -> r.queryParam("q", "百合")));
        assertEquals(List.of(visible.toString()), ids(r -> r));
        assertEquals(List.of(visible.toString()), ids(r -> r.queryParam("sort", "price_asc")));

        // Changed behind the indexer's back: the search re-checks at read time.
        exec("UPDATE shop SET status = 'SUSPENDED' WHERE id = ?", linxiaShop);
        assertEquals(List.of(), ids(r -> r.queryParam("q", "百合")));
        exec("UPDATE shop SET status = 'APPROVED' WHERE id = ?", linxiaShop);
        exec("UPDATE product SET status = 'UNLISTED' WHERE id = ?", visible);
        assertEquals(List.of(), ids(r -> r.queryParam("q", "百合")));
    }

    @Test
    void reindexFollowsRenamesAndTheCatchUpJobIndexesWhatNobodyReindexed() {
        UUID p = listed(linxiaShop, produce, "临夏核桃", null, 4500, 1);
        exec("UPDATE product SET name_zh = '临夏百合', updated_at = now() WHERE id = ?", p);
        assertEquals(List.of(p.toString()), ids(r -> r.queryParam("q", "核桃")), "not re-indexed yet");
        indexer.reindex(p);
        assertEquals(List.of(), ids(r -> r.queryParam("q", "核桃")));
        assertEquals(List.of(p.toString()), ids(r -> r.queryParam("q", "百合")));

        UUID forgotten = product(guangheShop, produce, "广河枸杞", null, null, BASE);
        sku(forgotten, 2000);
        exec("UPDATE shop SET county_name = '和政县', updated_at = now() + interval '1 second' WHERE id = ?",
                linxiaShop);
        assertEquals(List.of(), ids(r -> r.queryParam("q", "枸杞")));
        assertEquals(2, jobs.catchUp());
        assertEquals(0, jobs.catchUp());
        assertEquals(List.of(forgotten.toString()), ids(r -> r.queryParam("q", "枸杞")));
        assertEquals(List.of(p.toString()), ids(r -> r.queryParam("q", "和政")), "shop place names are searchable");

        exec("DELETE FROM search_document");
        String admin = TestTokens.token("admin-1", "admin");
        given().auth().oauth2(admin).when().post(PATH + "/reindex").then().statusCode(202);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!"DONE".equals(given().auth().oauth2(admin).when().get(PATH + "/reindex").then().statusCode(200)
                .extract().path("state")) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        given().auth().oauth2(admin).when().get(PATH + "/reindex").then().body("products", equalTo(2));
        assertEquals(List.of(forgotten.toString()), ids(r -> r.queryParam("q", "枸杞")));
    }

    @Test
    void rebuildIsForAdminsOnly() {
        given().when().post(PATH + "/reindex").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(buyer()).when().post(PATH + "/reindex").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("seller-1", "seller")).when().get(PATH + "/reindex").then()
                .statusCode(403);
    }

    @Test
    void everySortPagesStablyWithoutDuplicatesOrGaps() {
        List<UUID> shops = List.of(linxiaShop, guangheShop);
        for (int i = 0; i < 23; i++) {
            // Repeated prices and publication times, so ties must be broken by id.
            UUID p = product(shops.get(i % 2), produce, "土特产礼盒" + i, null, null, BASE.plusDays(i % 4));
            if (i % 7 != 3) {
                sku(p, 1000L * (i % 5 + 1));
            }
        }
        UUID extraName = product(linxiaShop, produce, "礼盒装土特产", null, "土特产礼盒", BASE.plusDays(9));
        sku(extraName, 700);
        indexer.reindexShop(linxiaShop);
        indexer.reindexShop(guangheShop);

        for (String sort : List.of("relevance", "price_asc", "price_desc", "newest")) {
            for (String q : List.of("土特产礼盒", "")) {
                List<String> all = ids(r -> r.queryParam("q", q).queryParam("sort", sort).queryParam("limit", "50"));
                assertEquals(24, all.size(), sort);
                assertEquals(24, new HashSet<>(all).size());
                List<String> paged = new ArrayList<>();
                String cursor = null;
                int pages = 0;
                do {
                    String after = cursor;
                    JsonPath page = search(r -> {
                        r.queryParam("q", q).queryParam("sort", sort).queryParam("limit", "5");
                        return after == null ? r : r.queryParam("after", after);
                    });
                    paged.addAll(page.getList("items.id"));
                    cursor = page.getString("nextCursor");
                    pages++;
                } while (cursor != null);
                assertEquals(all, paged, sort + " / q=" + q);
                assertEquals(5, pages);
            }
        }
        List<Integer> asc = search(r -> r.queryParam("sort", "price_asc").queryParam("limit", "50"))
                .getList("items.minPriceFen");
        assertEquals(700, asc.get(0));
        assertEquals((Object) null, asc.get(asc.size() - 1), "nothing to sell: last");
        List<Integer> desc = search(r -> r.queryParam("sort", "price_desc").queryParam("limit", "50"))
                .getList("items.minPriceFen");
        assertEquals(5000, desc.get(0));
        assertEquals((Object) null, desc.get(desc.size() - 1), "nothing to sell: last here too");
        for (int i = 1; i < asc.size() && asc.get(i) != null; i++) {
            assertTrue(asc.get(i - 1) <= asc.get(i));
        }
        assertEquals(extraName.toString(), ids(r -> r.queryParam("sort", "newest")).get(0));
        assertEquals(extraName.toString(), ids(r -> r.queryParam("q", "礼盒 土特产")).get(0),
                "equal relevance: newest first");
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Map<String, String> bad = Map.of(
                "sort", "cheapest",
                "limit", "0",
                "halal", "maybe",
                "inStock", "yes",
                "categoryId", "not-a-uuid",
                "county", "62292",
                "minPriceFen", "-1",
                "maxPriceFen", "1.5");
        bad.forEach((field, value) -> given().queryParam(field, value).when().get(PATH).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://huinong.market/problems/validation"))
                .body("errors.field", contains(field)));
        given().queryParam("limit", "51").when().get(PATH).then().statusCode(400).body("errors.field",
                contains("limit"));
        given().queryParam("q", "牛".repeat(101)).when().get(PATH).then().statusCode(400)
                .body("errors.field", contains("q"));
        given().queryParam("q", "牛".repeat(100)).when().get(PATH).then().statusCode(200);
        given().queryParam("minPriceFen", "5000").queryParam("maxPriceFen", "100").header("Accept-Language", "en")
                .when().get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("maxPriceFen"))
                .body("errors[0].message", equalTo("Must not be below minPriceFen."));
        given().queryParam("sort", "x").queryParam("limit", "x").when().get(PATH).then().statusCode(400)
                .body("errors.field", contains("limit", "sort"))
                .body("errors.message", hasItem("只能是 relevance、price_asc、price_desc、newest 之一。"));
        given().queryParam("after", "garbage!").when().get(PATH).then().statusCode(400)
                .body("errors.field", contains("after"));

        for (int i = 0; i < 3; i++) {
            listed(linxiaShop, produce, "核桃" + i, null, 1000, i);
        }
        String cursor = search(r -> r.queryParam("limit", "1").queryParam("sort", "newest")).getString("nextCursor");
        given().queryParam("after", cursor).queryParam("sort", "price_asc").when().get(PATH).then().statusCode(400)
                .body("errors.field", contains("after"));
        given().queryParam("q", "！？").when().get(PATH).then().statusCode(200).body("items", hasSize(0));
        given().queryParam("halal", "").queryParam("sort", "").when().get(PATH).then().statusCode(200)
                .body("items", hasSize(3));
    }
}
