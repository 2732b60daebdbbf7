// Challenge 3.C — reference solution (contract in debug_model.hpp).
//
// The diagnosis, from the metrics alone: training accuracy 1.000 with CV and validation accuracy
// at 0.48, BELOW the 0.528 a constant answer scores. Overfitting does not look like that: an
// overfit model still learns some signal and beats the baseline on new rows. A score at chance
// after a perfect fit means the model learned a pairing of features and labels that does not
// exist in new data: a data issue. Reading the code confirms it: the rows of X were reordered
// (sorted by stat total) and the labels were not, so every species was trained with another
// species' label. The fix is to keep rows and labels together; sorting was never needed to train.
#include "debug_model.hpp"

#include <vector>

#include "mlcore/ensemble/random_forest_classifier.hpp"
#include "mlcore/linalg.hpp"

namespace ex {

Diagnosis debug_model(const mlcore::Matrix& X_train, const mlcore::Vector& y_train,
                      const mlcore::Matrix& X_test) {
  mlcore::RandomForestClassifierParams params;
  params.n_estimators = 100;
  params.max_bins = 0;  // exact splits: the forest scikit-learn would grow
  mlcore::RandomForestClassifier model(params);
  model.fit(X_train, y_train);  // rows and labels in the same order

  Diagnosis diagnosis;
  diagnosis.cause = Cause::kDataIssue;
  const mlcore::Vector predicted = model.predict(X_test);
  diagnosis.predictions.assign(predicted.data(), predicted.data() + predicted.size());
  return diagnosis;
}

}  // namespace ex
