/** Local accounts' passwords: changing one, and the change an administrator may require. */
package no.samvirke.identity.password;
