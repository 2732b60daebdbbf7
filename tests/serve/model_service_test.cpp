#include "serve/model_service.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "serve_test_support.hpp"

namespace course::serve {
namespace {

using nlohmann::json;

constexpr const char* kBulbasaur =
    R"({"num": 1, "hp": 45, "attack": 49, "defense": 49, "sp_attack": 65, "sp_defense": 65,
        "speed": 45, "base_total": 318, "generation": 1, "height_m": 0.7, "weight_kg": 6.9,
        "evolution_stage": 1, "is_mythical": false, "type1": "Grass", "type2": "Poison",
        "color": "Green"})";

class ModelServiceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ml::SavedModel model = test::trained_model();
    RecordSchema schema = test::reference_schema(model);
    service_ = new ModelService(std::move(model), std::move(schema), {"lr", "abc"}, 3);
  }
  static PredictOutcome post(const std::string& body,
                             const std::string& type = "application/json") {
    return service_->predict(body, type);
  }
  static std::string code(const PredictOutcome& o) {
    return json::parse(o.reply.body)["error"]["code"];
  }
  static ModelService* service_;
};
ModelService* ModelServiceTest::service_ = nullptr;

TEST_F(ModelServiceTest, OneRecordGivesPredictionConfidenceAndProbabilities) {
  const PredictOutcome o = post(kBulbasaur);
  ASSERT_EQ(o.reply.status, 200) << o.reply.body;
  const json p = json::parse(o.reply.body)["predictions"][0];
  EXPECT_EQ(p["prediction"], "false");
  const double sum =
      p["probabilities"]["false"].get<double>() + p["probabilities"]["true"].get<double>();
  EXPECT_NEAR(sum, 1.0, 1e-12);
  EXPECT_EQ(p["confidence"], p["probabilities"]["false"]);
  EXPECT_EQ(o.labels, std::vector<std::string>{"false"});
  EXPECT_EQ(o.inputs.rows(), 1u);
}

TEST_F(ModelServiceTest, BatchKeepsOrder) {
  const PredictOutcome o = post(std::string("[") + kBulbasaur + "," + kBulbasaur + "]");
  ASSERT_EQ(o.reply.status, 200);
  EXPECT_EQ(json::parse(o.reply.body)["predictions"].size(), 2u);
}

TEST_F(ModelServiceTest, StatusPerKindOfBadBody) {
  EXPECT_EQ(post(kBulbasaur, "text/plain").reply.status, 415);
  EXPECT_EQ(post(kBulbasaur, "").reply.status, 415);
  EXPECT_EQ(post(kBulbasaur, "Application/JSON; charset=utf-8").reply.status, 200);
  EXPECT_EQ(post("{\"hp\":").reply.status, 400);
  EXPECT_EQ(code(post(std::string(40, '[') + std::string(40, ']'))), "malformed_json");
  // Brackets inside strings do not count as nesting.
  EXPECT_EQ(code(post("{\"x\": \"" + std::string(100, '[') + "\"}")), "invalid_records");
  EXPECT_EQ(code(post("[]")), "empty_batch");
  EXPECT_EQ(code(post("\"text\"")), "invalid_body");
  const PredictOutcome big = post(std::string("[") + kBulbasaur + "," + kBulbasaur + "," +
                                  kBulbasaur + "," + kBulbasaur + "]");
  EXPECT_EQ(big.reply.status, 413);
  EXPECT_EQ(code(big), "batch_too_large");
}

TEST_F(ModelServiceTest, FieldErrorsAre422WithDetails) {
  json record = json::parse(kBulbasaur);
  record["hp"] = 999;
  const PredictOutcome o = post(record.dump());
  EXPECT_EQ(o.reply.status, 422);
  const json error = json::parse(o.reply.body)["error"];
  EXPECT_EQ(error["details"][0]["field"], "hp");
  EXPECT_EQ(error["details"][0]["code"], "above_max");
  EXPECT_EQ(error["message"], "field 'hp': 999 is above the training maximum 255");
  EXPECT_EQ(o.inputs.rows(), 0u);  // Nothing reaches drift monitoring.
}

TEST_F(ModelServiceTest, ModelCardListsFeaturesAndMetrics) {
  const json card = json::parse(service_->describe_json());
  EXPECT_EQ(card["name"], "lr");
  EXPECT_EQ(card["features"].size(), 16u);
  EXPECT_TRUE(card["training_metrics"].contains("train_accuracy"));
}

}  // namespace
}  // namespace course::serve
