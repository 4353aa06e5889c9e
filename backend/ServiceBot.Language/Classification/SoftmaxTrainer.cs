namespace ServiceBot.Language.Classification;

/// <summary>Fits a <see cref="SoftmaxModel"/> by minimising cross-entropy; see <see cref="TrainingOptions"/>.</summary>
internal static class SoftmaxTrainer
{
    private const float Epsilon = 1e-6f;

    public static SoftmaxModel Train(IReadOnlyList<TrainingExample> examples, IReadOnlyList<string> labels, FeatureSpace space, int sharedFeatureCount, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(options);
        var k = labels.Count;
        var weights = new float[space.Count * k];
        var weightHistory = new float[weights.Length];
        var biases = new float[k];
        var biasHistory = new float[k];
        var shared = new float[sharedFeatureCount];
        var sharedHistory = new float[sharedFeatureCount];
        var model = new SoftmaxModel(labels, space, weights, biases, shared);

        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(options.Seed);
        var probabilities = new float[k];
        var sharedGradient = new float[sharedFeatureCount];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var n in order)
            {
                var example = examples[n];
                model.Score(example.Features, example.ClassFeatures, probabilities);
                SoftmaxModel.Softmax(probabilities);
                probabilities[example.Label] -= 1f;

                var x = example.Features;
                for (var i = 0; i < x.Count; i++)
                {
                    var row = x.Indices[i] * k;
                    for (var label = 0; label < k; label++)
                    {
                        var p = row + label;
                        var gradient = (probabilities[label] * x.Values[i]) + (options.L2 * weights[p]);
                        weightHistory[p] += gradient * gradient;
                        weights[p] -= options.LearningRate * gradient / MathF.Sqrt(weightHistory[p] + Epsilon);
                    }
                }

                for (var label = 0; label < k; label++)
                {
                    var gradient = probabilities[label];
                    biasHistory[label] += gradient * gradient;
                    biases[label] -= options.LearningRate * gradient / MathF.Sqrt(biasHistory[label] + Epsilon);
                }

                if (sharedFeatureCount > 0)
                {
                    Array.Clear(sharedGradient);
                    for (var label = 0; label < k; label++)
                    {
                        for (var d = 0; d < sharedFeatureCount; d++)
                        {
                            sharedGradient[d] += probabilities[label] * example.ClassFeatures[(label * sharedFeatureCount) + d];
                        }
                    }

                    for (var d = 0; d < sharedFeatureCount; d++)
                    {
                        var gradient = sharedGradient[d] + (options.SharedL2 * shared[d]);
                        sharedHistory[d] += gradient * gradient;
                        shared[d] -= options.LearningRate * gradient / MathF.Sqrt(sharedHistory[d] + Epsilon);
                    }
                }
            }
        }

        return model;
    }
}
