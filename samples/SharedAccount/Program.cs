// A class of your own, shared through a manager (Python's BaseManager.register('Account', Account)): mark it
// [Shared], create it with manager.CreateAccount(...), and every call on the proxy runs on the one account in the
// manager's server process, whichever process makes it. Calls on one object run one at a time, so the balance is
// exact; an exception thrown there comes back as a RemoteException.
using Multiprocessing;

ProcessGuard.Enter();

await using var manager = await Manager.StartAsync();
Proxy<Account> account = manager.CreateAccount("ada", 100m);

var tellers = Enumerable.Range(0, 4).Select(_ => Process.Create(Teller.DepositMany, account, 250)).ToList();
tellers.ForEach(p => p.Start());
foreach (var teller in tellers)
{
    await teller.JoinAsync();
}
Console.WriteLine($"{account.Owner}'s balance after 4 processes x 250 deposits of 1: {account.Balance} (expected 1100)");

var savings = account.Split(600m);   // a [Shared] result: a proxy of a second object in the server
Console.WriteLine($"after moving 600 to {savings.Owner}: {account.Balance} and {savings.Balance}");

try
{
    account.Withdraw(10_000m);
}
catch (RemoteException exception)
{
    Console.WriteLine($"the server refused: {exception.RemoteTypeName}: {exception.RemoteMessage}");
}

/// <summary>A bank account that lives in the manager's server.</summary>
[Shared]
public sealed class Account(string owner, decimal opening)
{
    /// <summary>Who owns it.</summary>
    public string Owner { get; } = owner;

    /// <summary>What is in it.</summary>
    public decimal Balance { get; private set; } = opening;

    /// <summary>Adds money.</summary>
    public void Deposit(decimal amount) => Balance += amount;

    /// <summary>Takes money out, if there is enough.</summary>
    public void Withdraw(decimal amount)
    {
        if (amount > Balance)
        {
            throw new InvalidOperationException($"{Owner} has {Balance}, not {amount}.");
        }

        Balance -= amount;
    }

    /// <summary>Moves <paramref name="amount"/> to a new account in the same server.</summary>
    public Account Split(decimal amount)
    {
        Withdraw(amount);
        return new Account(Owner + " (savings)", amount);
    }
}

static class Teller
{
    [ProcessEntry]
    public static void DepositMany(Proxy<Account> account, int times)
    {
        for (int i = 0; i < times; i++)
        {
            account.Deposit(1m);
        }
    }
}
