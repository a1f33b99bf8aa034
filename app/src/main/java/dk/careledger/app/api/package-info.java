/** How the API describes itself: the OpenAPI document's headers, status codes and problem documents (issue 18). */
package dk.careledger.app.api;
