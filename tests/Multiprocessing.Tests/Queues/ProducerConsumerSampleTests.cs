using System.Text.RegularExpressions;

namespace Multiprocessing.Tests.Queues;

public sealed class ProducerConsumerSampleTests
{
    [Fact]
    public void ProducerConsumer_gets_every_number_the_producer_stored_in_order_and_ends()
    {
        var run = SampleRunner.AppHost("ProducerConsumer");
        Assert.True(run.ExitCode == 0, run.Errors);
        var stored = Regex.Matches(run.Output, @"store a number: (\d+)").Select(m => m.Groups[1].Value).ToList();
        var got = Regex.Matches(run.Output, @"got a number: (\d+)").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(5, stored.Count);
        Assert.Equal(stored, got);
        Assert.Contains("the producer stored 5 numbers, the consumer got 5", run.Output);
    }
}
