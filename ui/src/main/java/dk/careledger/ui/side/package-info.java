/**
 * The pages (issue 16): log-in is the application's ({@code app.adgang}); here the start page with the user's
 * worklists, the indbakke of new henvendelser (UC1 step 1), the citizen search and overview (UC1 step 2), and the sag
 * page with its whole timeline and every action as a form (UC2, UC3, UC6, UC8). Every page names its roles
 * ({@code @Kraever}) and reads and writes through the same services as the API, so kommune isolation and the access
 * log are theirs.
 */
package dk.careledger.ui.side;
