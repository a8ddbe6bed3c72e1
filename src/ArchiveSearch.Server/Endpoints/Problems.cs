using Microsoft.AspNetCore.Http.HttpResults;

namespace ArchiveSearch.Server.Endpoints;

/// <summary>The problem-details answers the API gives.</summary>
public static class Problems
{
    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The request cannot be answered as asked");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
